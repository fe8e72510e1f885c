package nl.kennisveiligheid.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kennisveiligheid.platform.api.JobLock;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scheduled job runs once at a time, also across instances: the lock is a row in the shared database
 * (ShedLock's JDBC provider), so a second run, from this instance or another, is skipped while the first holds it.
 */
@ExtendWith(ArquillianExtension.class)
class JobLockIT {

    @Inject
    JobLock lock;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aSecondRunIsSkippedWhileTheFirstHoldsTheLockAndRunsAgainAfterwards() throws Exception {
        String job = "test-job-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Boolean> first = executor.submit(() -> lock.runExclusively(job, Duration.ofMinutes(1), () -> {
            runs.incrementAndGet();
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(holding.await(30, TimeUnit.SECONDS), "the first run started");
        assertFalse(lock.runExclusively(job, Duration.ofMinutes(1), runs::incrementAndGet), "skipped: another run holds the lock");
        release.countDown();
        assertTrue(first.get(30, TimeUnit.SECONDS));
        assertTrue(lock.runExclusively(job, Duration.ofMinutes(1), runs::incrementAndGet), "runs again once released");
        assertEquals(2, runs.get());
        assertTrue(lock.runExclusively("other-" + job, Duration.ofMinutes(1), () -> { }), "another job has a lock of its own");
    }
}
