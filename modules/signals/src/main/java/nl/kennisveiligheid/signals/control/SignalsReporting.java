package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CurrentActor;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.signals.api.CountryIndicators;
import nl.kennisveiligheid.signals.api.HitExplanation;
import nl.kennisveiligheid.signals.api.IndicatorGroup;
import nl.kennisveiligheid.signals.api.Judgement;
import nl.kennisveiligheid.signals.api.PersonProfile;
import nl.kennisveiligheid.signals.api.ScreenedSubject;
import nl.kennisveiligheid.signals.api.SignalState;
import nl.kennisveiligheid.signals.api.SignalView;
import nl.kennisveiligheid.signals.api.SignalsReport;
import nl.kennisveiligheid.signals.api.SignalsReports;
import nl.kennisveiligheid.signals.entity.SignalsReportRecord;
import nl.kennisveiligheid.signals.entity.StoredAlert;
import nl.kennisveiligheid.signals.entity.StoredSignal;

/**
 * The signals reports: running one for a screened person (the signals computed by {@link PersonSignals}, merged with
 * what the report held: a hit keeps its state, a dismissal of the same unchanged designation for the same person
 * carries over), reading one (authority staff, audited), and judging a hit (authority staff, with a reason, audited).
 */
@ApplicationScoped
public class SignalsReporting implements SignalsReports {

    private static final Logger LOG = Logger.getLogger(SignalsReporting.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    /** The longest reason of a judgement. */
    public static final int REASON_MAX = 2000;

    @PersistenceContext(unitName = "signals")
    EntityManager em;

    @Inject
    SanctionsIndex index;

    @Inject
    SignalsSettings settings;

    @Inject
    CountryIndicators countries;

    @Inject
    PlatformClock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentActor actor;

    @Inject
    AuditTrail audit;

    @Inject
    SignalDescriptions descriptions;

    @Override
    @Transactional
    public long run(ScreenedSubject subject, PersonProfile profile, int lookbackYears, boolean bySystem) {
        if (lookbackYears < 1 || lookbackYears > 20) {
            throw Refusal.invalid(SignalsModule.BUNDLE, "report.invalid", "lookbackYears", "report.lookback.range");
        }
        LocalDate today = clock.today();
        List<PersonSignals.Found> found = PersonSignals.of(profile, index.matcher(), settings.matchThreshold(), countries, today, lookbackYears);
        SignalsReportRecord report = reportOf(subject.owner(), subject.ownerId()).orElse(null);
        if (report == null) {
            report = new SignalsReportRecord(subject);
            em.persist(report);
        } else {
            report.describe(subject);
        }
        report.ran(now(), bySystem ? CurrentActor.SYSTEM : actor.name(), lookbackYears);
        em.flush();
        merge(report, found, true, null);
        long open = openHits(report.getId());
        audit.record(new AuditEvent("signals.report.ran", "SignalsReport", String.valueOf(report.getId()), subject.institutionId(), Map.of(),
                Map.of("owner", subject.owner() + ":" + subject.ownerId(), "signals", String.valueOf(found.size()), "openHits", String.valueOf(open),
                        "lookbackYears", String.valueOf(lookbackYears))));
        return open;
    }

    /**
     * Puts what was found into a report: with {@code factsToo} the facts replace the facts held (a re-screen gives only
     * hits); a hit already held keeps its state; a new hit is open, or dismissed when the same person's same unchanged
     * designation was dismissed before. Returns the new open hits.
     */
    List<StoredSignal> merge(SignalsReportRecord report, List<PersonSignals.Found> found, boolean factsToo, Long raisedByEdition) {
        List<StoredSignal> held = signalsOf(report.getId());
        Map<String, StoredSignal> heldByKey = new HashMap<>();
        for (StoredSignal signal : held) {
            if (signal.getState() != SignalState.CLOSED) {
                heldByKey.put(key(signal), signal);
            }
        }
        Map<String, PersonSignals.Found> foundByKey = new LinkedHashMap<>();
        found.forEach(f -> foundByKey.putIfAbsent(f.key(), f));
        if (factsToo) {
            for (StoredSignal signal : held) {
                if (signal.getState() == SignalState.NOTED && !foundByKey.containsKey(key(signal))) {
                    em.remove(signal);
                }
            }
        }
        OffsetDateTime now = now();
        List<StoredSignal> raised = new ArrayList<>();
        for (PersonSignals.Found f : foundByKey.values()) {
            StoredSignal signal = heldByKey.get(f.key());
            if (signal != null) {
                boolean changed = f.fingerprint() != null && !f.fingerprint().equals(signal.getFingerprint());
                if (signal.getState() == SignalState.DISMISSED && changed) {
                    signal = null; // the designation changed since it was dismissed: a new hit
                } else {
                    if (signal.getState() == SignalState.OPEN || signal.getState() == SignalState.NOTED) {
                        evidence(signal, f);
                    }
                    continue;
                }
            }
            if (!f.kind().hit() && !factsToo) {
                continue;
            }
            StoredSignal created = new StoredSignal(report.getId(), f.kind(), f.about(), f.source(), now, f.kind().hit() ? raisedByEdition : null);
            evidence(created, f);
            if (f.kind().hit()) {
                earlierDismissal(report, f).ifPresent(created::carryDismissal);
            }
            em.persist(created);
            if (created.getState() == SignalState.OPEN) {
                raised.add(created);
            }
        }
        em.flush();
        return raised;
    }

    private Optional<StoredSignal> earlierDismissal(SignalsReportRecord report, PersonSignals.Found f) {
        return em.createQuery("select s from StoredSignal s, SignalsReportRecord r where s.reportId = r.id and r.institutionId = :institution"
                        + " and r.personReference = :person and s.state = :dismissed and s.kind = :kind and s.source = :source"
                        + " and s.reference = :reference and s.fingerprint = :fingerprint order by s.judgedAt desc", StoredSignal.class)
                .setParameter("institution", report.getInstitutionId()).setParameter("person", report.getPersonReference())
                .setParameter("dismissed", SignalState.DISMISSED).setParameter("kind", f.kind()).setParameter("source", f.source())
                .setParameter("reference", f.reference()).setParameter("fingerprint", f.fingerprint()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private static void evidence(StoredSignal signal, PersonSignals.Found f) {
        String explanation = f.explanation() == null ? null : JSON.toJson(f.explanation());
        signal.evidence(f.editionId(), f.reference(), f.designationName(), f.riskLevel(), f.fingerprint(), f.score(), explanation, f.details());
    }

    private static String key(StoredSignal signal) {
        return PersonSignals.key(signal.getKind(), signal.getAbout(), signal.getSource(), signal.getReference(), signal.detailList());
    }

    @Override
    public Optional<SignalsReport> report(String owner, long ownerId) {
        RoleGroup.AUTHORITY_STAFF.require(currentUser, "SignalsReport");
        Optional<SignalsReportRecord> found = reportOf(owner, ownerId);
        found.ifPresent(r -> audit.record(new AuditEvent("signals.report.read", "SignalsReport", String.valueOf(r.getId()), r.getInstitutionId(),
                Map.of(), Map.of("owner", owner + ":" + ownerId))));
        return found.map(this::view);
    }

    @Override
    @Transactional
    public SignalView judge(String owner, long ownerId, long signalId, Judgement judgement, Long expectedVersion) {
        RoleGroup.AUTHORITY_STAFF.require(currentUser, "Signal");
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        if (judgement == null || judgement.verdict() == null) {
            problems.add(new Refusal.FieldProblem("verdict", "problem.field.required"));
        }
        String reason = judgement == null || judgement.reason() == null ? "" : judgement.reason().trim();
        if (reason.isEmpty()) {
            problems.add(new Refusal.FieldProblem("reason", "problem.field.required"));
        } else {
            TextRules.fieldProblem("reason", reason, REASON_MAX, true).ifPresent(problems::add);
        }
        SignalsReportRecord report = reportOf(owner, ownerId)
                .orElseThrow(() -> Refusal.notFound(SignalsModule.BUNDLE, "error.signal.notFound"));
        StoredSignal signal = em.find(StoredSignal.class, signalId);
        if (signal == null || signal.getReportId() != report.getId()) {
            throw Refusal.notFound(SignalsModule.BUNDLE, "error.signal.notFound");
        }
        Refusal.refuseIfAny(SignalsModule.BUNDLE, "judgement.invalid", problems);
        if (!signal.getKind().hit()) {
            throw Refusal.conflict(SignalsModule.BUNDLE, "error.signal.notAHit");
        }
        if (signal.getState() == SignalState.CLOSED) {
            throw Refusal.conflict(SignalsModule.BUNDLE, "error.signal.closed");
        }
        if (expectedVersion != null) {
            ConcurrentChangeException.requireVersion(signal, expectedVersion, "Signal", signalId);
        }
        SignalState before = signal.getState();
        SignalState verdict = judgement.verdict() == Judgement.Verdict.CONFIRMED ? SignalState.CONFIRMED : SignalState.DISMISSED;
        signal.judge(verdict, actor.name(), now(), reason);
        closeAlertsOf(signalId);
        audit.record(new AuditEvent("signals.signal.judged", "Signal", String.valueOf(signalId), report.getInstitutionId(),
                Map.of("state", before.name()), Map.of("state", verdict.name(), "reason", reason, "owner", owner + ":" + ownerId)));
        em.flush();
        return descriptions.view(signal);
    }

    /** The report as authority staff read it. */
    SignalsReport view(SignalsReportRecord report) {
        Map<IndicatorGroup, List<SignalView>> groups = new EnumMap<>(IndicatorGroup.class);
        for (IndicatorGroup group : IndicatorGroup.values()) {
            groups.put(group, new ArrayList<>());
        }
        long open = 0;
        for (StoredSignal signal : signalsOf(report.getId())) {
            groups.get(signal.getKind().group()).add(descriptions.view(signal));
            if (signal.getState() == SignalState.OPEN) {
                open++;
            }
        }
        groups.values().forEach(list -> list.sort(Comparator.comparing((SignalView s) -> s.kind().ordinal())
                .thenComparing(s -> s.score() == null ? 0 : -s.score()).thenComparing(SignalView::id)));
        List<SignalsReport.Group> out = new ArrayList<>();
        groups.forEach((group, signals) -> out.add(new SignalsReport.Group(group, List.copyOf(signals))));
        return new SignalsReport(report.subject(), report.getRanAt(), report.getRanBy(), report.getLookbackYears(), open, out);
    }

    Optional<SignalsReportRecord> reportOf(String owner, long ownerId) {
        return em.createQuery("select r from SignalsReportRecord r where r.owner = :owner and r.ownerId = :id", SignalsReportRecord.class)
                .setParameter("owner", owner).setParameter("id", ownerId).getResultStream().findFirst();
    }

    private List<StoredSignal> signalsOf(long reportId) {
        return em.createQuery("select s from StoredSignal s where s.reportId = :report order by s.id", StoredSignal.class)
                .setParameter("report", reportId).getResultList();
    }

    private long openHits(long reportId) {
        return em.createQuery("select count(s) from StoredSignal s where s.reportId = :report and s.state = :open", Long.class)
                .setParameter("report", reportId).setParameter("open", SignalState.OPEN).getSingleResult();
    }

    /** The alerts of a signal are handled (its hit was judged, or closed by delisting). */
    void closeAlertsOf(long signalId) {
        em.createQuery("update StoredAlert a set a.open = 0 where a.signalId = :signal").setParameter("signal", signalId).executeUpdate();
    }

    /** Raises an alert for each of {@code raised}. */
    void alert(SignalsReportRecord report, List<StoredSignal> raised, Long editionId) {
        for (StoredSignal signal : raised) {
            em.persist(new StoredAlert(signal.getId(), report.getId(), report.getInstitutionId(), editionId, now()));
        }
    }

    static HitExplanation explanation(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.fromJson(json, HitExplanation.class);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Explanation not readable: " + e.getMessage());
            return null;
        }
    }

    private OffsetDateTime now() {
        return clock.now().atOffset(ZoneOffset.UTC);
    }

}
