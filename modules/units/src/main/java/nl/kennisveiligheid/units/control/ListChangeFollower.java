package nl.kennisveiligheid.units.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.techlist.api.ListVersionPublished;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.entity.HighRiskUnit;
import nl.kennisveiligheid.units.entity.ListChange;
import nl.kennisveiligheid.units.entity.UnitVersion;

/**
 * Follows Annex 2: a published version is recorded in the publishing transaction (so both commit or fail
 * together) and applied on its effective date, at once when that is today: units whose entries did not change
 * move along to the new version by themselves (a new version recorded by the system); units that use a removed,
 * changed or moved entry are marked "review needed" with the change beside them. A unit still waiting for review
 * is never carried along: later changes are added to its note. {@link ListChangeSchedule} applies versions that
 * take effect later.
 */
@ApplicationScoped
public class ListChangeFollower {

    public static final String SYSTEM = "system";

    @PersistenceContext(unitName = "units")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    /** In the publishing transaction (a synchronous observer). */
    void published(@Observes ListVersionPublished event) {
        if (!event.binding()) {
            return;
        }
        ListChange change = new ListChange(event.listCode(), event.versionNumber(), event.replacedVersionNumber(),
                event.effectiveDate(), event.changes());
        em.persist(change);
        if (!event.effectiveDate().isAfter(clock.today())) {
            apply(change);
        }
    }

    /** Applies every recorded version whose effective date has come, oldest first. */
    @Transactional
    public int applyDue() {
        List<ListChange> due = em.createQuery("select c from ListChange c where c.appliedAt is null and c.effectiveDate <= :today "
                        + "order by c.effectiveDate, c.versionNumber", ListChange.class)
                .setParameter("today", clock.today()).getResultList();
        due.forEach(this::apply);
        return due.size();
    }

    private void apply(ListChange change) {
        List<ListChangeImpact.Change> changes = change.getEntries().stream()
                .map(e -> new ListChangeImpact.Change(e.getEntryKey(), e.getKind(), e.getCodeBefore(), e.getCodeAfter(), e.getFields()))
                .toList();
        // the newest version of every open unit still on an older version of this list, in one query
        List<UnitVersion> behind = em.createQuery("select v from UnitVersion v join v.unit u where u.status <> :closed "
                        + "and v.number = u.currentVersion and v.listCode = :list and v.listVersion < :version", UnitVersion.class)
                .setParameter("closed", UnitStatus.CLOSED).setParameter("list", change.getListCode())
                .setParameter("version", change.getVersionNumber()).getResultList();
        int carried = 0;
        int toReview = 0;
        for (UnitVersion current : behind) {
            HighRiskUnit unit = current.getUnit();
            List<ListChangeImpact.Change> affecting = ListChangeImpact.affecting(current.entryViews(), changes);
            if (!affecting.isEmpty()) {
                ReviewNote note = ListChangeImpact.note(change.getListCode(), change.getVersionNumber(), affecting);
                if (unit.isReviewNeeded()) {
                    note = ReviewNote.parse(unit.getReviewNote()).followedBy(note);
                }
                unit.markForReview(note.format());
                toReview++;
                audit.record(new AuditEvent("unit.review-needed", "HighRiskUnit", String.valueOf(unit.getId()), unit.getInstitutionId(),
                        Map.of(), Map.of("listVersion", change.getVersionNumber(), "entries", affecting.size())));
            } else if (unit.isReviewNeeded()) {
                // still waiting for the institution: it stays on its list version until confirmed or changed
                toReview++;
            } else {
                carry(unit, current, change.getVersionNumber());
                carried++;
            }
        }
        change.applied(clock.now().atOffset(ZoneOffset.UTC), carried, toReview);
        em.flush();
    }

    private void carry(HighRiskUnit unit, UnitVersion current, int listVersion) {
        String note = ReviewNote.heading(current.getListCode(), listVersion);
        if (unit.getStatus() == UnitStatus.DRAFT) {
            current.moveToListVersion(listVersion);
        } else {
            int number = unit.getCurrentVersion() + 1;
            em.persist(new UnitVersion(unit, number, clock.now().atOffset(ZoneOffset.UTC), SYSTEM, true, note, unit.getStatus(),
                    current.data(), current.getListCode(), listVersion));
            unit.newVersion(number);
        }
        audit.record(new AuditEvent("unit.followed-list", "HighRiskUnit", String.valueOf(unit.getId()), unit.getInstitutionId(),
                Map.of("listVersion", current.getListVersion()), Map.of("listVersion", listVersion)));
    }
}
