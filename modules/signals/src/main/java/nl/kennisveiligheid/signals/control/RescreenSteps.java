package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentActor;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.notification.Notifications;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.ScreenedPerson;
import nl.kennisveiligheid.signals.api.SignalState;
import nl.kennisveiligheid.signals.entity.SignalsReportRecord;
import nl.kennisveiligheid.signals.entity.StoredSignal;

/** The transactions of a re-screen: closing the hits of delisted designations, and raising the new hits of a batch of people. */
@ApplicationScoped
public class RescreenSteps {

    /** How many alerts one notification names; more are counted. */
    static final int NOTIFY_NAMED = 10;

    @PersistenceContext(unitName = "signals")
    EntityManager em;

    @Inject
    SignalsReporting reporting;

    @Inject
    PlatformClock clock;

    @Inject
    CurrentActor actor;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    SignalDescriptions descriptions;

    @Inject
    SanctionsLists lists;

    @Inject
    SanctionsIndex index;

    /** A person's new hits, as found against what changed. */
    record Hits(ScreenedPerson person, List<PersonSignals.Found> found) {
    }

    /** A raised alert, for the notification. */
    record Raised(String person, String ownerReference, String designation, String reference, String source) {
    }

    /**
     * The reads of a re-screen, each in a transaction of its own: the re-screen runs on the managed executor, where an
     * entity manager used outside a transaction may be closed before its query runs.
     */
    @Transactional
    public List<nl.kennisveiligheid.signals.api.Designation> designationsOf(long editionId) {
        return lists.designationsOf(editionId);
    }

    @Transactional
    public nl.kennisveiligheid.signals.control.matching.SanctionsMatcher fullMatcher() {
        return index.matcher();
    }

    @Transactional
    public long count(nl.kennisveiligheid.signals.api.ScreenedPeople people) {
        return people.count();
    }

    @Transactional
    public List<ScreenedPerson> page(nl.kennisveiligheid.signals.api.ScreenedPeople people, long after, int size) {
        return people.page(after, size);
    }

    /** The look-back each person's report last ran with (an assessor may have asked for 10 years), by owner id. */
    @Transactional
    public java.util.Map<Long, Integer> lookbacks(String owner, List<ScreenedPerson> page) {
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select r.ownerId, r.lookbackYears from SignalsReportRecord r where r.owner = :owner"
                        + " and r.ownerId between :first and :last and r.lookbackYears <> :usual", Object[].class)
                .setParameter("owner", owner).setParameter("first", page.get(0).subject().ownerId())
                .setParameter("last", page.get(page.size() - 1).subject().ownerId())
                .setParameter("usual", nl.kennisveiligheid.signals.api.SignalsReports.LOOKBACK_YEARS).getResultList()) {
            out.put((Long) row[0], (Integer) row[1]);
        }
        return out;
    }

    /** Closes the open hits of designations removed from {@code source} by {@code editionId}; returns how many. */
    @Transactional
    public int closeDelisted(SanctionsSource source, long editionId, List<String> references) {
        int closed = 0;
        for (int i = 0; i < references.size(); i += 500) {
            List<String> batch = references.subList(i, Math.min(references.size(), i + 500));
            List<StoredSignal> open = em.createQuery("select s from StoredSignal s where s.source = :source and s.reference in :refs"
                    + " and s.state = :open", StoredSignal.class).setParameter("source", source.name()).setParameter("refs", batch)
                    .setParameter("open", SignalState.OPEN).getResultList();
            for (StoredSignal signal : open) {
                signal.close(editionId);
                reporting.closeAlertsOf(signal.getId());
                closed++;
            }
        }
        if (closed > 0) {
            audit.record(new AuditEvent("signals.hits.delisted", "SanctionsEdition", String.valueOf(editionId), null, Map.of(),
                    Map.of("source", source.name(), "closed", String.valueOf(closed))));
        }
        return closed;
    }

    /** Puts the hits of a batch of people into their reports and raises an alert for every new open hit; returns them. */
    @Transactional
    public List<Raised> raise(List<Hits> batch, Long editionId) {
        List<Raised> raised = new ArrayList<>();
        for (Hits hits : batch) {
            SignalsReportRecord report = reporting.reportOf(hits.person().subject().owner(), hits.person().subject().ownerId()).orElse(null);
            if (report == null) {
                report = new SignalsReportRecord(hits.person().subject());
                report.ran(clock.now().atOffset(ZoneOffset.UTC), actor.name(), nl.kennisveiligheid.signals.api.SignalsReports.LOOKBACK_YEARS);
                em.persist(report);
                em.flush();
            }
            List<StoredSignal> added = reporting.merge(report, hits.found(), false, editionId);
            reporting.alert(report, added, editionId);
            for (StoredSignal signal : added) {
                raised.add(new Raised(hits.person().subject().personName(), hits.person().subject().ownerReference(), signal.getDesignationName(),
                        signal.getReference(), signal.getSource()));
            }
        }
        return raised;
    }

    /**
     * A batch's hits put into their reports and its alerts raised, and its progress recorded ({@code progress}, given how
     * many alerts the batch raised), in one transaction: a batch and the record that it was done commit together.
     */
    @Transactional
    public List<Raised> record(List<Hits> batch, Long editionId, java.util.function.IntConsumer progress) {
        List<Raised> raised = batch.isEmpty() ? List.of() : raise(batch, editionId);
        progress.accept(raised.size());
        return raised;
    }

    /** Tells the assessors what a re-screen raised: the first alerts by name, the rest counted. */
    @Transactional
    public void notifyAssessors(List<Raised> raised, SanctionsSource source, Long editionId) {
        if (raised.isEmpty()) {
            return;
        }
        String bundle = SignalsModule.BUNDLE;
        Text subject = source == null ? Text.of(bundle, "alert.subjectFull") : Text.of(bundle, "alert.subject", Text.of(bundle, "source." + source.name()));
        String link = "/signals/alerts/list.xhtml" + (editionId == null ? "" : "?edition=" + editionId);
        String origin = "signals-alerts:" + (editionId == null ? "full" : editionId);
        for (int i = 0; i < Math.min(NOTIFY_NAMED, raised.size()); i++) {
            Raised r = raised.get(i);
            notifications.toRole(Role.AUTHORITY_ASSESSOR, subject, Text.of(bundle, "alert.body", r.person(), r.ownerReference() == null ? "-" : r.ownerReference(),
                    r.designation(), r.reference(), Text.of(bundle, "source." + r.source())), link, origin);
        }
        if (raised.size() > NOTIFY_NAMED) {
            notifications.toRole(Role.AUTHORITY_ASSESSOR, subject, Text.of(bundle, "alert.more", raised.size() - NOTIFY_NAMED), link, origin);
        }
    }
}
