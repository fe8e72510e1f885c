package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.work.DurableWork;
import nl.kennisveiligheid.platform.api.work.WorkContext;
import nl.kennisveiligheid.platform.api.work.WorkHandler;
import nl.kennisveiligheid.platform.api.work.WorkState;
import nl.kennisveiligheid.platform.api.work.WorkStatus;
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
 * person against every list in force. Either is durable work ({@link DurableWork}, kind {@value #KIND}; ADR 0024): stored
 * in the transaction that applied the edition (or asked for the full re-screen), run after the commit by any instance,
 * one at a time, in batches of {@code signals.rescreen-batch} people (default {@value #BATCH}), each batch committed with
 * the progress that says where to resume; retried after a failure and resumed after a crash; every new open hit is an
 * alert, raised once. Its status is read from the work item, so every instance shows the same. The alerts are read here
 * too (authority staff).
 */
@ApplicationScoped
public class Rescreening implements SignalAlerts, WorkHandler {

    private static final Logger LOG = Logger.getLogger(Rescreening.class.getName());
    static final int BATCH = 1000;
    /** The kind of the durable work items of re-screens. */
    public static final String KIND = "signals.rescreen";
    private static final String FULL = "full:";

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

    @Inject
    DurableWork work;

    /** A new edition came into force: in the transaction that applied it, the re-screen against what changed is stored. */
    void applied(@Observes SanctionsEditionApplied event) {
        work.enqueue(KIND, "edition:" + event.editionId(), event.source().name() + ";" + event.editionId() + ";"
                + (event.previousEditionId() == null ? "" : event.previousEditionId()));
    }

    @Override
    public RescreenStatus startFullRescreen() {
        if (!RoleGroup.AUTHORITY_STAFF.includes(currentUser) && !currentUser.hasRole(Role.LIST_ADMIN)) {
            throw Refusal.forbidden("Rescreen", "full");
        }
        if (work.unfinished(KIND, FULL)) {
            throw Refusal.conflict(SignalsModule.BUNDLE, "rescreen.running");
        }
        audit.record(nl.kennisveiligheid.platform.api.AuditEvent.of("signals.rescreen.started", "Rescreen", "full", null));
        work.enqueue(KIND, FULL + java.util.UUID.randomUUID(), "");
        return status();
    }

    @Override
    public RescreenStatus status() {
        return work.newest(KIND).map(Rescreening::statusOf).orElse(RescreenStatus.never());
    }

    /** The status of a re-screen from its work item: running until done, failed when its last attempt failed. */
    static RescreenStatus statusOf(WorkStatus item) {
        String[] parts = item.payload() == null ? new String[0] : item.payload().split(";", -1);
        SanctionsSource source = parts.length > 0 && !parts[0].isEmpty() ? SanctionsSource.valueOf(parts[0]) : null;
        Long editionId = parts.length > 1 && !parts[1].isEmpty() ? Long.valueOf(parts[1]) : null;
        OffsetDateTime started = item.startedAt() != null ? item.startedAt() : item.createdAt();
        Long millis = item.finishedAt() == null ? null : java.time.Duration.between(started, item.finishedAt()).toMillis();
        boolean failed = item.state() == WorkState.FAILED || item.state() == WorkState.PENDING && item.lastError() != null;
        return new RescreenStatus(!item.state().finished(), editionId, source, item.done(), Math.max(item.total(), item.done()), item.count(),
                started, item.finishedAt(), millis, failed);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void perform(WorkContext context) {
        String[] parts = context.payload() == null ? new String[0] : context.payload().split(";", -1);
        if (parts.length >= 2 && !parts[0].isEmpty()) {
            run(SanctionsSource.valueOf(parts[0]), Long.valueOf(parts[1]), parts.length > 2 && !parts[2].isEmpty() ? Long.valueOf(parts[2]) : null,
                    context);
        } else {
            run(null, null, null, context);
        }
    }

    /**
     * Runs a re-screen on this thread (the work runner's): after an edition ({@code source} set) or in full. Resumes after
     * the last batch an earlier attempt committed ({@code owner|ownerId}).
     */
    void run(SanctionsSource source, Long editionId, Long previousEditionId, WorkContext context) {
        long started = System.nanoTime();
        SanctionsMatcher matcher;
        if (source == null) {
            matcher = steps.fullMatcher();
        } else {
            List<Designation> before = previousEditionId == null ? List.of() : steps.designationsOf(previousEditionId);
            List<Designation> after = steps.designationsOf(editionId);
            List<DesignationChange> changes = EditionComparison.compare(before, after);
            List<String> removed = changes.stream().filter(c -> c.change() == DesignationChange.Kind.REMOVED).map(DesignationChange::reference).toList();
            if (!removed.isEmpty()) {
                steps.closeDelisted(source, editionId, removed); // closes open hits only: doing it again changes nothing
            }
            Set<String> changed = changes.stream().filter(c -> c.change() != DesignationChange.Kind.REMOVED).map(DesignationChange::reference)
                    .collect(Collectors.toSet());
            List<IndexedDesignation> checked = after.stream().filter(d -> changed.contains(d.reference()))
                    .map(d -> new IndexedDesignation(source, editionId, d)).toList();
            if (checked.isEmpty()) {
                return;
            }
            matcher = SanctionsMatcher.of(checked);
        }
        // the declaring modules in a fixed order, so that "where to resume" means the same on every attempt
        List<ScreenedPeople> owners = screened.stream().sorted(java.util.Comparator.comparing(ScreenedPeople::owner)).toList();
        long total = 0;
        for (ScreenedPeople people : owners) {
            total += steps.count(people);
        }
        String[] resume = context.resumeAt().map(r -> r.split("\\|", 2)).orElse(null);
        long done = context.done();
        long alerts = context.count();
        List<RescreenSteps.Raised> raised = new ArrayList<>();
        LocalDate today = clock.today();
        double threshold = settings.matchThreshold();
        int batch = settings.rescreenBatch();
        for (ScreenedPeople people : owners) {
            long after = 0;
            if (resume != null) {
                int order = people.owner().compareTo(resume[0]);
                if (order < 0) {
                    continue; // done before
                }
                if (order == 0) {
                    after = Long.parseLong(resume[1]);
                }
            }
            while (true) {
                List<ScreenedPerson> page = steps.page(people, after, batch);
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
                after = page.get(page.size() - 1).subject().ownerId();
                long doneNow = done + page.size();
                long totalNow = Math.max(total, doneNow);
                long alertsBefore = alerts;
                String resumeAt = people.owner() + "|" + after;
                // the batch's alerts and its progress commit together: a batch is never raised twice
                List<RescreenSteps.Raised> batchRaised = steps.record(hits, editionId,
                        count -> context.progress(doneNow, totalNow, alertsBefore + count, resumeAt));
                raised.addAll(batchRaised);
                alerts += batchRaised.size();
                done = doneNow;
            }
        }
        steps.notifyAssessors(raised, source, editionId);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long checkedPeople = done;
        long raisedAlerts = alerts;
        LOG.info(() -> "Re-screen " + (source == null ? "of all lists" : "after " + source + " edition " + editionId) + ": "
                + checkedPeople + " people, " + raisedAlerts + " alerts in " + millis + " ms");
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
        RoleGroup.AUTHORITY_STAFF.require(currentUser, "SignalAlert");
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
