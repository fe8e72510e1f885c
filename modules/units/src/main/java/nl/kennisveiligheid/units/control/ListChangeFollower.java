package nl.kennisveiligheid.units.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.JobLock;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.techlist.api.ListVersionPublished;
import nl.kennisveiligheid.units.entity.ListChange;

/**
 * Follows Annex 2 (ADR 0012, the convention for every observer of another module's event):
 * <ol>
 * <li><b>in the publishing transaction</b>, only the change is recorded (the {@link ListChange} inbox), so the
 * publication and the record commit or fail together;</li>
 * <li><b>after the commit</b>, outside the request, the change is applied on its effective date in batches of at
 * most {@value #BATCH} units per transaction: units whose entries did not change move along to the new version by
 * themselves, units using a changed entry are marked "review needed" with the change beside them (a unit waiting
 * for review is never carried along; later changes are added to its note);</li>
 * <li>a unit that fails is recorded and skipped, not the whole change; the change stays due until every unit has
 * followed, and the quarter-hourly schedule ({@link ListChangeSchedule}) is the retry. Every run catches up on
 * everything due up to now, under one {@link JobLock} across instances.</li>
 * </ol>
 */
@ApplicationScoped
public class ListChangeFollower {

    /** The name under which the product itself records versions. */
    public static final String SYSTEM = nl.kennisveiligheid.units.entity.Recording.SYSTEM;

    static final int BATCH = 500;
    static final String JOB = "units.follow-annex2";

    private static final Logger LOG = Logger.getLogger(ListChangeFollower.class.getName());

    @PersistenceContext(unitName = "units")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    ListChangeWork work;

    @Inject
    JobLock lock;

    @Resource
    ManagedExecutorService executor;

    /** In the publishing transaction (a synchronous observer): record the change, nothing more. */
    void published(@Observes ListVersionPublished event) {
        if (event.binding()) {
            em.persist(new ListChange(event.listCode(), event.versionNumber(), event.replacedVersionNumber(),
                    event.effectiveDate(), event.changes()));
        }
    }

    /** After the publication committed: when it takes effect today, follow it now, outside the publisher's request. */
    void publishedAndCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListVersionPublished event) {
        if (event.binding() && !event.effectiveDate().isAfter(clock.today())) {
            executor.execute(this::runDue);
        }
    }

    /** Runs {@link #applyDue()} under the job lock, logging instead of throwing (for the executor and the schedule). */
    public void runDue() {
        try {
            lock.runExclusively(JOB, Duration.ofMinutes(30), () -> {
                int done = applyDue();
                if (done > 0) {
                    LOG.info(() -> "Units followed " + done + " Annex 2 version(s)");
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Following Annex 2 failed; the next run tries again", e);
        }
    }

    /**
     * Applies every recorded change whose effective date has come, oldest first, in batches; idempotent (a change
     * remembers how far it got). A change with failed units stays due and holds back later changes of the same list.
     * Call it outside a transaction; each batch is a transaction of its own.
     *
     * @return the number of changes completed
     */
    public synchronized int applyDue() {
        int completed = 0;
        Set<String> heldBack = new HashSet<>();
        for (ListChangeWork.Due change : work.due()) {
            if (heldBack.contains(change.listCode())) {
                continue;
            }
            if (follow(change.id()) == 0) {
                completed++;
            } else {
                heldBack.add(change.listCode());
            }
        }
        return completed;
    }

    /** One change: first the units that failed before, then the rest in batches. Returns the number still failing. */
    private int follow(long changeId) {
        for (long unitId : work.failures(changeId)) {
            try {
                work.retry(changeId, unitId);
            } catch (RuntimeException e) {
                work.failed(changeId, unitId, e, false);
            }
        }
        for (List<Long> batch = work.nextUnits(changeId, BATCH); !batch.isEmpty(); batch = work.nextUnits(changeId, BATCH)) {
            try {
                work.apply(changeId, batch);
            } catch (RuntimeException batchFailed) {
                // one by one, so that only the unit at fault is left for the next run
                for (long unitId : batch) {
                    try {
                        work.apply(changeId, List.of(unitId));
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Unit " + unitId + " could not follow list change " + changeId + "; tried again later", e);
                        work.failed(changeId, unitId, e, true);
                    }
                }
            }
        }
        return work.finish(changeId);
    }
}
