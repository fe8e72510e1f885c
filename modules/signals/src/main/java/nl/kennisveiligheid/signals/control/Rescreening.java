package nl.kennisveiligheid.signals.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationChange;
import nl.kennisveiligheid.signals.api.RescreenStatus;
import nl.kennisveiligheid.signals.api.SanctionsEditionApplied;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.ScreenedPeople;
import nl.kennisveiligheid.signals.api.ScreenedPerson;
import nl.kennisveiligheid.signals.api.SignalAlert;
import nl.kennisveiligheid.signals.api.SignalAlerts;
import nl.kennisveiligheid.signals.api.SignalsReports;
import nl.kennisveiligheid.signals.control.matching.IndexedDesignation;
import nl.kennisveiligheid.signals.control.matching.SanctionsMatcher;
import nl.kennisveiligheid.signals.entity.SignalsReportRecord;
import nl.kennisveiligheid.signals.entity.StoredAlert;
import nl.kennisveiligheid.signals.entity.StoredSignal;

/**
 * Re-screening the people other modules declare as screened ({@link ScreenedPeople}) when a list changes: only against
 * the designations the new edition added or changed (a matcher over those alone), so that a list change costs one small
 * lookup per person; a designation removed closes its open hits. A full re-screen (after a matcher change) checks every
 * person against every list in force. Either runs off the caller's thread, one at a time, in batches of
 * {@link #BATCH} people; every new open hit is an alert. The alerts are read here too (authority staff).
 */
@ApplicationScoped
public class Rescreening implements SignalAlerts {

    private static final Logger LOG = Logger.getLogger(Rescreening.class.getName());
    static final int BATCH = 1000;

    @PersistenceContext(unitName = "signals")
    EntityManager em;

    @Inject
    @Any
    Instance<ScreenedPeople> screened;

    @Inject
    RescreenSteps steps;

    @Inject
    SignalsSettings settings;

    @Inject
    PlatformClock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Resource
    ManagedExecutorService executor;

    private volatile RescreenStatus status = RescreenStatus.never();
    /** The re-screens run one after the other: each is chained to the one before, no thread waits for its turn. */
    private CompletableFuture<Void> queue = CompletableFuture.completedFuture(null);
    /** Whether a full re-screen is waiting or running (a second one is refused meanwhile). */
    private boolean fullPending;

    /** A new edition came into force: check everyone screened against what changed, after commit, off this thread. */
    void applied(@Observes(during = TransactionPhase.AFTER_SUCCESS) SanctionsEditionApplied event) {
        enqueue(() -> run(event.source(), event.editionId(), event.previousEditionId()));
    }

    private synchronized void enqueue(Runnable work) {
        queue = queue.handle((done, failed) -> (Void) null).thenRunAsync(work, executor);
    }

    @Override
    public RescreenStatus startFullRescreen() {
        if (!RoleGroup.AUTHORITY_STAFF.includes(currentUser) && !currentUser.hasRole(Role.LIST_ADMIN)) {
            throw Refusal.forbidden();
        }
        synchronized (this) {
            if (fullPending) {
                throw Refusal.conflict(SignalsModule.BUNDLE, "rescreen.running");
            }
            fullPending = true;
        }
        audit.record(nl.kennisveiligheid.platform.api.AuditEvent.of("signals.rescreen.started", "Rescreen", "full", null));
        enqueue(() -> {
            try {
                run(null, null, null);
            } finally {
                synchronized (this) {
                    fullPending = false;
                }
            }
        });
        return status;
    }

    @Override
    public RescreenStatus status() {
        return status;
    }

    /** Runs a re-screen on this thread (the queue's): after an edition ({@code source} set) or in full. */
    RescreenStatus run(SanctionsSource source, Long editionId, Long previousEditionId) {
        long started = System.nanoTime();
        OffsetDateTime startedAt = clock.now().atOffset(ZoneOffset.UTC);
        try {
            SanctionsMatcher matcher;
            if (source == null) {
                matcher = steps.fullMatcher();
            } else {
                List<Designation> before = previousEditionId == null ? List.of() : steps.designationsOf(previousEditionId);
                List<Designation> after = steps.designationsOf(editionId);
                List<DesignationChange> changes = EditionComparison.compare(before, after);
                List<String> removed = changes.stream().filter(c -> c.change() == DesignationChange.Kind.REMOVED).map(DesignationChange::reference).toList();
                if (!removed.isEmpty()) {
                    steps.closeDelisted(source, editionId, removed);
                }
                Set<String> changed = changes.stream().filter(c -> c.change() != DesignationChange.Kind.REMOVED).map(DesignationChange::reference)
                        .collect(Collectors.toSet());
                List<IndexedDesignation> checked = after.stream().filter(d -> changed.contains(d.reference()))
                        .map(d -> new IndexedDesignation(source, editionId, d)).toList();
                if (checked.isEmpty()) {
                    status = new RescreenStatus(false, editionId, source, 0, 0, 0, startedAt, clock.now().atOffset(ZoneOffset.UTC),
                            (System.nanoTime() - started) / 1_000_000, false);
                    return status;
                }
                matcher = SanctionsMatcher.of(checked);
            }
            long total = 0;
            for (ScreenedPeople people : screened) {
                total += steps.count(people);
            }
            status = new RescreenStatus(true, editionId, source, 0, total, 0, startedAt, null, null, false);
            long done = 0;
            List<RescreenSteps.Raised> raised = new ArrayList<>();
            LocalDate today = clock.today();
            double threshold = settings.matchThreshold();
            for (ScreenedPeople people : screened) {
                long after = 0;
                while (true) {
                    List<ScreenedPerson> page = steps.page(people, after, BATCH);
                    if (page.isEmpty()) {
                        break;
                    }
                    List<RescreenSteps.Hits> hits = new ArrayList<>();
                    Map<Long, Integer> lookbacks = steps.lookbacks(people.owner(), page);
                    for (ScreenedPerson person : page) {
                        int lookback = lookbacks.getOrDefault(person.subject().ownerId(), SignalsReports.LOOKBACK_YEARS);
                        List<PersonSignals.Found> found = PersonSignals.hits(person.profile(), matcher, threshold, today, lookback);
                        if (!found.isEmpty()) {
                            hits.add(new RescreenSteps.Hits(person, found));
                        }
                    }
                    if (!hits.isEmpty()) {
                        raised.addAll(steps.raise(hits, editionId));
                    }
                    done += page.size();
                    after = page.get(page.size() - 1).subject().ownerId();
                    status = new RescreenStatus(true, editionId, source, done, Math.max(total, done), raised.size(), startedAt, null, null, false);
                }
            }
            steps.notifyAssessors(raised, source, editionId);
            long millis = (System.nanoTime() - started) / 1_000_000;
            status = new RescreenStatus(false, editionId, source, done, Math.max(total, done), raised.size(), startedAt,
                    clock.now().atOffset(ZoneOffset.UTC), millis, false);
            LOG.info(() -> "Re-screen " + (source == null ? "of all lists" : "after " + source + " edition " + editionId) + ": "
                    + status.done() + " people, " + status.alerts() + " alerts in " + millis + " ms");
            return status;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Re-screen failed", e);
            status = new RescreenStatus(false, editionId, source, status.done(), status.total(), status.alerts(), startedAt,
                    clock.now().atOffset(ZoneOffset.UTC), (System.nanoTime() - started) / 1_000_000, true);
            return status;
        }
    }

    // ---- the alerts

    /** The page of a screened person's record (the request), or null when no module declares the owner. */
    public String pageOf(nl.kennisveiligheid.signals.api.ScreenedSubject subject) {
        for (ScreenedPeople people : screened) {
            if (people.owner().equals(subject.owner())) {
                return people.pageOf(subject.ownerId());
            }
        }
        return null;
    }

    @Override
    public Page alerts(Filter filter, int first, int size) {
        RoleGroup.AUTHORITY_STAFF.require(currentUser);
        Filter f = filter == null ? new Filter(null, null, null) : filter;
        String where = " where 1 = 1" + (f.open() == null ? "" : " and a.open = :open") + (f.editionId() == null ? "" : " and a.editionId = :edition")
                + (f.institutionId() == null ? "" : " and a.institutionId = :institution");
        TypedQuery<Long> count = em.createQuery("select count(a) from StoredAlert a" + where, Long.class);
        TypedQuery<StoredAlert> page = em.createQuery("select a from StoredAlert a" + where + " order by a.id desc", StoredAlert.class);
        bind(count, f);
        bind(page, f);
        List<StoredAlert> alerts = page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200))).getResultList();
        Map<Long, StoredSignal> signals = new HashMap<>();
        Map<Long, SignalsReportRecord> reports = new HashMap<>();
        List<SignalAlert> items = new ArrayList<>();
        for (StoredAlert alert : alerts) {
            StoredSignal signal = signals.computeIfAbsent(alert.getSignalId(), id -> em.find(StoredSignal.class, id));
            SignalsReportRecord report = reports.computeIfAbsent(alert.getReportId(), id -> em.find(SignalsReportRecord.class, id));
            items.add(new SignalAlert(alert.getId(), report.subject(), signal.getId(), signal.getKind(), signal.getSource(), signal.getReference(),
                    signal.getDesignationName(), signal.getScore(), alert.getEditionId(), alert.getRaisedAt(), alert.isOpen()));
        }
        audit.record(new AuditEvent("signals.alerts.read", "SignalAlert", "-", f.institutionId(), Map.of(),
                Map.of("count", String.valueOf(items.size()))));
        return new Page(count.getSingleResult(), Math.max(0, first), items.size(), items);
    }

    @Override
    public long openCount() {
        if (!RoleGroup.AUTHORITY_STAFF.includes(currentUser)) {
            return 0;
        }
        return em.createQuery("select count(a) from StoredAlert a where a.open = 1", Long.class).getSingleResult();
    }

    private static void bind(TypedQuery<?> query, Filter f) {
        if (f.open() != null) {
            query.setParameter("open", f.open() ? 1 : 0);
        }
        if (f.editionId() != null) {
            query.setParameter("edition", f.editionId());
        }
        if (f.institutionId() != null) {
            query.setParameter("institution", f.institutionId());
        }
    }

}
