package nl.kennisveiligheid.platform.api;

import java.time.Duration;

/**
 * Runs a scheduled job (following Annex 2, terms, expiry, re-screening) once at a time, also when several instances
 * of the product share one database: a lock row per job, taken for at most a while, so a crashed instance does not
 * hold it for ever. A job run under it must catch up idempotently on everything due up to now (the convention of
 * ADR 0012): a run that is skipped because another holds the lock loses nothing.
 *
 * <p>Call it outside a transaction (the lock is taken and released in transactions of its own).
 */
public interface JobLock {

    /**
     * Runs {@code job} when no other run of {@code jobName} holds the lock, holding it at most {@code atMost}.
     *
     * @return whether the job ran (false: another run holds the lock)
     */
    boolean runExclusively(String jobName, Duration atMost, Runnable job);
}
