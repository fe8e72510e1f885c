package nl.kennisveiligheid.platform.api;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * For demo data only: runs work as a demo user at a moment in the past, so that demo data go through the same services
 * (role checks, tenancy, validation, audit, timelines) a person would and look lived-in. Refused outside demo mode.
 * The identity and the time hold for the calling thread only, for the duration of the work.
 */
public interface DemoActors {

    /** Runs {@code work} as the active user {@code username} with the platform clock at {@code at}. */
    <T> T as(String username, Instant at, Supplier<T> work);
}
