package nl.kennisveiligheid.signals.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.kennisveiligheid.platform.api.JobLock;

/**
 * Every morning at 05:15 the lists with a configured address are fetched (none by default: then nothing happens). Not
 * persistent; one instance at a time (job lock); a run that fails tries again the next day, and a list administrator
 * can fetch at once.
 */
@Singleton
public class ListFetchSchedule {

    @Inject
    ListFetching fetching;

    @Inject
    JobLock lock;

    @Schedule(hour = "5", minute = "15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        lock.runExclusively("signals.fetch", Duration.ofMinutes(30), fetching::fetchConfigured);
    }
}
