package nl.kennisveiligheid.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import nl.kennisveiligheid.platform.api.JobLock;

/**
 * {@link JobLock} with ShedLock's JDBC provider on the product's database (table {@code platform.shedlock}). Real
 * time, not the platform clock: a lock's lifetime is about the machine, not about the business date under test.
 */
@ApplicationScoped
public class ShedLockJobLock implements JobLock {

    private static final Logger LOG = Logger.getLogger(ShedLockJobLock.class.getName());

    @Resource(lookup = "java:app/jdbc/screening")
    DataSource dataSource;

    private LockingTaskExecutor executor;

    @PostConstruct
    void init() {
        executor = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, "platform.shedlock"));
    }

    @Override
    public boolean runExclusively(String jobName, Duration atMost, Runnable job) {
        LockingTaskExecutor.TaskResult<Object> result;
        try {
            result = executor.executeWithLock(() -> {
                job.run();
                return null;
            }, new LockConfiguration(Instant.now(), jobName, atMost, Duration.ZERO));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (!result.wasExecuted()) {
            LOG.fine(() -> "Job " + jobName + " skipped: another run holds its lock");
        }
        return result.wasExecuted();
    }
}
