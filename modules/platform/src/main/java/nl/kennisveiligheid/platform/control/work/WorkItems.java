package nl.kennisveiligheid.platform.control.work;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.CurrentActor;
import nl.kennisveiligheid.platform.api.work.DurableWork;
import nl.kennisveiligheid.platform.api.work.WorkState;
import nl.kennisveiligheid.platform.api.work.WorkStatus;
import nl.kennisveiligheid.platform.entity.WorkItem;

/** The work items in table {@code platform.work_item}, each statement in the transaction it needs (ADR 0024). */
@ApplicationScoped
public class WorkItems implements DurableWork {

    /** A claimed item, as its handler sees it (read in the claiming transaction). */
    record Claimed(long id, String kind, String key, String payload, String resumeAt, long done, long count) {
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    WorkRunner runner;

    @Resource
    TransactionSynchronizationRegistry transactions;

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void enqueue(String kind, String key, String payload) {
        Long existing = em.createQuery("select count(w) from WorkItem w where w.kind = :k and w.key = :key", Long.class)
                .setParameter("k", kind).setParameter("key", key).getSingleResult();
        if (existing > 0) {
            return;
        }
        em.persist(new WorkItem(kind, key, payload, now(), actor.name()));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    runner.kick();
                }
            }
        });
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED) // read in a transaction: a non-transactional entity manager in a page request was closed twice
    public Optional<WorkStatus> newest(String kind) {
        return em.createQuery("select w from WorkItem w where w.kind = :k order by w.id desc", WorkItem.class).setParameter("k", kind)
                .setMaxResults(1).getResultStream().findFirst().map(WorkItem::status);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED) // read in a transaction: a non-transactional entity manager in a page request was closed twice
    public boolean unfinished(String kind, String keyPrefix) {
        return em.createQuery("select count(w) from WorkItem w where w.kind = :k and w.key like :p and w.state in :states", Long.class)
                .setParameter("k", kind).setParameter("p", keyPrefix.replace("%", "") + "%")
                .setParameter("states", List.of(WorkState.PENDING, WorkState.RUNNING)).getSingleResult() > 0;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED) // read in a transaction: a non-transactional entity manager in a page request was closed twice
    public List<WorkStatus> recent(int max) {
        return em.createQuery("select w from WorkItem w order by w.id desc", WorkItem.class).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultStream().map(WorkItem::status).toList();
    }

    /**
     * Takes the oldest due item (new, or waiting for its next attempt, or running under a lease that ran out: its instance
     * died) whose kind has no other item running, under a lease of {@code lease}; empty when none is due. A conditional
     * update: of several instances trying one item, one takes it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(Duration lease) {
        OffsetDateTime now = now();
        List<Long> due = em.createQuery("select w.id from WorkItem w where ((w.state = :pending and w.nextAttemptAt <= :now)"
                        + " or (w.state = :running and w.leaseUntil < :now)) and not exists (select r from WorkItem r where r.kind = w.kind"
                        + " and r.state = :running and r.leaseUntil >= :now and r.id <> w.id) order by w.id", Long.class)
                .setParameter("pending", WorkState.PENDING).setParameter("running", WorkState.RUNNING).setParameter("now", now)
                .setMaxResults(10).getResultList();
        for (Long id : due) {
            int taken = em.createQuery("update WorkItem w set w.state = :running, w.leaseUntil = :lease, w.attempts = w.attempts + 1,"
                            + " w.startedAt = coalesce(w.startedAt, :now) where w.id = :id and ((w.state = :pending and w.nextAttemptAt <= :now)"
                            + " or (w.state = :running and w.leaseUntil < :now))")
                    .setParameter("running", WorkState.RUNNING).setParameter("pending", WorkState.PENDING).setParameter("lease", now.plus(lease))
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            if (taken == 1) {
                WorkItem item = em.find(WorkItem.class, id);
                em.refresh(item);
                return Optional.of(new Claimed(id, item.getKind(), item.getKey(), item.getPayload(), item.getResumeAt(), item.getDone(), item.getCount()));
            }
        }
        return Optional.empty();
    }

    /** Records progress in the caller's transaction (the handler's batch) and renews the lease. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void progress(long id, long done, long total, long count, String resumeAt, Duration lease) {
        em.createQuery("update WorkItem w set w.done = :done, w.total = :total, w.count = :count, w.resumeAt = :resume, w.leaseUntil = :lease"
                        + " where w.id = :id").setParameter("done", done).setParameter("total", total).setParameter("count", count)
                .setParameter("resume", resumeAt).setParameter("lease", now().plus(lease)).setParameter("id", id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(long id) {
        em.find(WorkItem.class, id).done(now());
    }

    /** The attempt failed; whether the item will be tried again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, String reason) {
        WorkItem item = em.find(WorkItem.class, id);
        item.failed(reason, now());
        return item.status().state() == WorkState.PENDING;
    }
}
