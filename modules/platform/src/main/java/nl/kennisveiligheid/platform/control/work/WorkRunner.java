package nl.kennisveiligheid.platform.control.work;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.LiveSetting;
import nl.kennisveiligheid.platform.api.work.WorkContext;
import nl.kennisveiligheid.platform.api.work.WorkHandler;
import nl.kennisveiligheid.platform.control.Settings;

/**
 * Runs the due work items of this instance, one at a time, off the request threads (the platform's managed executor):
 * started after the commit that stored an item, and every half minute by {@link WorkSchedule} (the retry, and the
 * resumption of an item whose instance died). Each item goes to the {@link WorkHandler} of its kind.
 */
@ApplicationScoped
public class WorkRunner {

    private static final Logger LOG = Logger.getLogger(WorkRunner.class.getName());
    /** The setting for how long an item is held without progress before another run may take it ({@code work.lease-seconds}). */
    public static final String LEASE_SECONDS = "work.lease-seconds";

    @Resource
    ManagedExecutorService executor;

    @Inject
    WorkItems items;

    @Inject
    @Any
    Instance<WorkHandler> handlers;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean again;

    /** Starts a run soon, off this thread (a run under way goes on to the new items). */
    public void kick() {
        again = true;
        if (!running.get()) {
            try {
                executor.submit(this::runDue);
            } catch (RejectedExecutionException shuttingDown) {
                LOG.fine("Work not started: the executor is shutting down; the schedule starts it");
            }
        }
    }

    /** Does every due item, one after the other; returns at once when a run is under way on this instance. */
    public void runDue() {
        if (!running.compareAndSet(false, true)) {
            again = true;
            return;
        }
        try {
            do {
                again = false;
                Duration lease = lease();
                Optional<WorkItems.Claimed> item;
                while ((item = items.claim(lease)).isPresent()) {
                    perform(item.get(), lease);
                }
            } while (again);
        } finally {
            running.set(false);
        }
    }

    private void perform(WorkItems.Claimed item, Duration lease) {
        Optional<WorkHandler> handler = handlers.stream().filter(h -> h.kind().equals(item.kind())).findFirst();
        if (handler.isEmpty()) {
            items.failed(item.id(), "No handler for work of kind " + item.kind());
            return;
        }
        try {
            handler.get().perform(new Context(item, lease));
            items.done(item.id());
        } catch (RuntimeException e) {
            boolean retried = items.failed(item.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.log(retried ? Level.WARNING : Level.SEVERE, "Work item " + item.id() + " (" + item.kind() + " " + item.key() + ") failed"
                    + (retried ? "; it is tried again later" : " for the last time"), e);
        }
    }

    static Duration lease() {
        return Duration.ofSeconds(LiveSetting.wholeNumber(LEASE_SECONDS, 60, 5, 3600));
    }

    /** What a handler sees of its item; progress goes through {@link WorkItems#progress} in the handler's transaction. */
    private final class Context implements WorkContext {

        private final WorkItems.Claimed item;
        private final Duration lease;

        Context(WorkItems.Claimed item, Duration lease) {
            this.item = item;
            this.lease = lease;
        }

        @Override
        public long id() {
            return item.id();
        }

        @Override
        public String key() {
            return item.key();
        }

        @Override
        public String payload() {
            return item.payload();
        }

        @Override
        public Optional<String> resumeAt() {
            return Optional.ofNullable(item.resumeAt());
        }

        @Override
        public long done() {
            return item.done();
        }

        @Override
        public long count() {
            return item.count();
        }

        @Override
        public void progress(long done, long total, long count, String resumeAt) {
            items.progress(item.id(), done, total, count, resumeAt, lease);
            int pause = LiveSetting.wholeNumber(Settings.WORK_PAUSE_MILLIS, 0, 0, 60_000);
            if (pause > 0) { // test only: slows work down so that a test can stop the server in the middle of it
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
