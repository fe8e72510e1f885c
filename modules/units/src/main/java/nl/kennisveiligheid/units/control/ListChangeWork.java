package nl.kennisveiligheid.units.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.entity.HighRiskUnit;
import nl.kennisveiligheid.units.entity.ListChange;
import nl.kennisveiligheid.units.entity.Recording;
import nl.kennisveiligheid.units.entity.UnitVersion;

/**
 * The transactions of following an Annex 2 change ({@link ListChangeFollower} runs them): one per batch of units,
 * one per unit when a batch fails, one to record a failure and one to finish. Each is a transaction of its own.
 */
@ApplicationScoped
public class ListChangeWork {

    @PersistenceContext(unitName = "units")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    /** A change that is due: its id and its list. */
    public record Due(long id, String listCode) {
    }

    /** The changes whose effective date has come and that are not done, oldest first. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Due> due() {
        return em.createQuery("select c.id, c.listCode from ListChange c where c.appliedAt is null and c.effectiveDate <= :today "
                        + "order by c.effectiveDate, c.versionNumber", Object[].class).setParameter("today", clock.today()).getResultStream()
                .map(row -> new Due(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    /** The ids of the next units the change has to look at: open units on an older version of its list, after its progress. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> nextUnits(long changeId, int size) {
        ListChange change = em.find(ListChange.class, changeId);
        return em.createQuery("select u.id from UnitVersion v join v.unit u where u.status <> :closed and v.number = u.currentVersion "
                        + "and v.listCode = :list and v.listVersion < :version and u.id > :after order by u.id", Long.class)
                .setParameter("closed", UnitStatus.CLOSED).setParameter("list", change.getListCode())
                .setParameter("version", change.getVersionNumber()).setParameter("after", change.getProgressUnitId())
                .setMaxResults(size).getResultList();
    }

    /** Applies the change to these units and moves its progress past them, all or nothing. */
    @Transactional(TxType.REQUIRES_NEW)
    public void apply(long changeId, List<Long> unitIds) {
        ListChange change = em.find(ListChange.class, changeId);
        int[] counts = applyTo(change, unitIds);
        change.progressed(unitIds.stream().mapToLong(Long::longValue).max().orElse(0), counts[0], counts[1]);
        em.flush();
    }

    /** Tries one unit again (it failed before): applied, its failure forgotten; or the exception. */
    @Transactional(TxType.REQUIRES_NEW)
    public void retry(long changeId, long unitId) {
        ListChange change = em.find(ListChange.class, changeId);
        int[] counts = applyTo(change, List.of(unitId));
        change.progressed(0, counts[0], counts[1]);
        em.createNativeQuery("delete from units.list_change_failure where list_change_id = ? and unit_id = ?")
                .setParameter(1, changeId).setParameter(2, unitId).executeUpdate();
        em.flush();
    }

    /** Records that a unit failed (again), and moves the change's progress past it. */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(long changeId, long unitId, Throwable failure, boolean moveProgress) {
        String error = String.valueOf(failure);
        error = error.length() > 1000 ? error.substring(0, 1000) : error;
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        int updated = em.createNativeQuery("update units.list_change_failure set attempts = attempts + 1, last_error = ?, failed_at = ? "
                        + "where list_change_id = ? and unit_id = ?")
                .setParameter(1, error).setParameter(2, now).setParameter(3, changeId).setParameter(4, unitId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into units.list_change_failure (list_change_id, unit_id, attempts, last_error, failed_at) "
                            + "values (?, ?, 1, ?, ?)")
                    .setParameter(1, changeId).setParameter(2, unitId).setParameter(3, error).setParameter(4, now).executeUpdate();
        }
        if (moveProgress) {
            em.find(ListChange.class, changeId).progressed(unitId, 0, 0);
        }
        audit.record(new AuditEvent("unit.follow-list-failed", "HighRiskUnit", String.valueOf(unitId), null, Map.of(),
                Map.of("listChange", changeId)));
    }

    /** The units that failed for the change and wait for another try. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> failures(long changeId) {
        return em.createNativeQuery("select unit_id from units.list_change_failure where list_change_id = ? order by unit_id")
                .setParameter(1, changeId).getResultStream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Every unit looked at: the change is done when none failed. Returns the number that failed. */
    @Transactional(TxType.REQUIRES_NEW)
    public int finish(long changeId) {
        int failed = ((Number) em.createNativeQuery("select count(*) from units.list_change_failure where list_change_id = ?")
                .setParameter(1, changeId).getSingleResult()).intValue();
        em.find(ListChange.class, changeId).finished(clock.now().atOffset(ZoneOffset.UTC), failed);
        return failed;
    }

    /**
     * The change for each unit: a unit none of whose entries changed moves along by itself; one using a changed
     * entry waits for review with the change in its note; one already waiting stays where it is.
     *
     * @return units carried along, units to review
     */
    private int[] applyTo(ListChange change, List<Long> unitIds) {
        List<ListChangeImpact.Change> changes = change.getEntries().stream()
                .map(e -> new ListChangeImpact.Change(e.getEntryKey(), e.getKind(), e.getCodeBefore(), e.getCodeAfter(), e.getFields()))
                .toList();
        List<UnitVersion> currents = em.createQuery("select v from UnitVersion v join fetch v.unit u where u.id in :ids "
                        + "and v.number = u.currentVersion and v.listCode = :list and v.listVersion < :version", UnitVersion.class)
                .setParameter("ids", unitIds).setParameter("list", change.getListCode())
                .setParameter("version", change.getVersionNumber()).getResultList();
        int carried = 0;
        int toReview = 0;
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        for (UnitVersion current : currents) {
            HighRiskUnit unit = current.getUnit();
            if (unit.getStatus() == UnitStatus.CLOSED) {
                continue;
            }
            List<ListChangeImpact.Change> affecting = ListChangeImpact.affecting(current.entryViews(), changes);
            if (!affecting.isEmpty()) {
                unit.markForReview(ListChangeImpact.note(change.getListCode(), change.getVersionNumber(), affecting));
                toReview++;
                audit.record(new AuditEvent("unit.review-needed", "HighRiskUnit", String.valueOf(unit.getId()), unit.getInstitutionId(),
                        Map.of(), Map.of("listVersion", change.getVersionNumber(), "entries", affecting.size())));
            } else if (unit.isReviewNeeded()) {
                // still waiting for the institution: it stays on its list version until confirmed or changed
                toReview++;
            } else {
                int from = current.getListVersion();
                em.persist(unit.followList(current, Recording.bySystem(now, ReviewNote.heading(change.getListCode(), change.getVersionNumber()),
                        change.getListCode(), change.getVersionNumber())));
                carried++;
                audit.record(new AuditEvent("unit.followed-list", "HighRiskUnit", String.valueOf(unit.getId()), unit.getInstitutionId(),
                        Map.of("listVersion", from), Map.of("listVersion", change.getVersionNumber())));
            }
        }
        return new int[] {carried, toReview};
    }
}
