package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.screening.api.Affiliation;
import nl.kennisveiligheid.screening.api.Funding;
import nl.kennisveiligheid.screening.api.RequestData;
import nl.kennisveiligheid.screening.api.SubjectData;
import nl.kennisveiligheid.screening.api.TimelineEntry.TimelineKind;
import nl.kennisveiligheid.screening.entity.RequestEntry;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;
import nl.kennisveiligheid.signals.api.Judgement;
import nl.kennisveiligheid.signals.api.PersonProfile;
import nl.kennisveiligheid.signals.api.ScreenedPeople;
import nl.kennisveiligheid.signals.api.ScreenedPerson;
import nl.kennisveiligheid.signals.api.ScreenedSubject;
import nl.kennisveiligheid.signals.api.SignalView;
import nl.kennisveiligheid.signals.api.SignalsReport;
import nl.kennisveiligheid.signals.api.SignalsReports;
import nl.kennisveiligheid.signals.api.Tie;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;

/**
 * The risk signals of a screening request (the signals module's report): run when the request is submitted and again
 * when an assessor asks (optionally looking back 10 years), read and judged by authority staff on the request. Also
 * declares the people in open requests as screened, so that a list change checks them again.
 */
@ApplicationScoped
public class RequestSignals implements ScreenedPeople, nl.kennisveiligheid.screening.api.RequestPeople {

    /** The owner kind of a request's report. */
    public static final String OWNER = nl.kennisveiligheid.screening.api.ScreeningRequests.SIGNALS_OWNER;

    @PersistenceContext(unitName = "screening")
    EntityManager em;

    @Inject
    SignalsReports reports;

    @Inject
    TechnologyListCatalog catalog;

    @Inject
    RequestRegister register;

    @Inject
    RequestHistory history;

    /**
     * Runs the report for a request as it is now, in the caller's transaction, and notes it on the timeline: as the
     * system's step when it follows the submission, as the person's when authority staff ask for it again.
     */
    void run(ScreeningRequest request, RequestData data, int lookbackYears, boolean bySystem) {
        reports.run(subject(request, data.subject()), profile(request, data), lookbackYears, bySystem);
        String detail = lookbackYears == SignalsReports.LOOKBACK_YEARS ? null : String.valueOf(lookbackYears);
        Map<String, Object> after = Map.of("lookbackYears", String.valueOf(lookbackYears));
        if (bySystem) {
            history.recordAs(request, TimelineKind.SIGNALS_DETERMINED, detail, nl.kennisveiligheid.platform.api.CurrentActor.SYSTEM, Map.of(), after);
        } else {
            history.record(request, TimelineKind.SIGNALS_DETERMINED, detail, Map.of(), after);
        }
    }

    /** Runs the report again, for authority staff (5 or 10 years back), and returns it. */
    @Transactional
    public SignalsReport rerun(long id, int lookbackYears) {
        register.requireAuthorityStaff();
        ScreeningRequest request = register.require(id);
        if (lookbackYears != SignalsReports.LOOKBACK_YEARS && lookbackYears != SignalsReports.LONG_LOOKBACK_YEARS) {
            throw Refusal.invalid(ScreeningModule.BUNDLE, "signals.invalid", "lookbackYears", "signals.lookback.choice");
        }
        run(request, register.view(request).data(), lookbackYears, false);
        return reports.report(OWNER, id).orElseThrow();
    }

    /** The report of a request for authority staff; empty when it never ran. */
    public Optional<SignalsReport> report(long id) {
        register.requireAuthorityStaff();
        register.require(id);
        return reports.report(OWNER, id);
    }

    /** Confirms or dismisses a hit of the request's report. */
    public SignalView judge(long id, long signalId, Judgement judgement, Long version) {
        register.requireAuthorityStaff();
        register.require(id);
        return reports.judge(OWNER, id, signalId, judgement, version);
    }

    // ---- the people in open requests, for re-screening

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public String pageOf(long ownerId) {
        return "/screening/request.xhtml?id=" + ownerId;
    }

    @Override
    public long count() {
        return em.createQuery("select count(r) from ScreeningRequest r where r.open = 1", Long.class).getSingleResult();
    }

    @Override
    public List<ScreenedPerson> page(long afterOwnerId, int size) {
        List<Object[]> rows = em.createQuery(PEOPLE + " where r.open = 1 and r.id > :after order by r.id", Object[].class)
                .setParameter("after", afterOwnerId).setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        return people(rows, "r.open = 1 and r.id between :first and :last", Map.of("first", rows.get(0)[0], "last", rows.get(rows.size() - 1)[0]));
    }

    /**
     * The people of these requests, whatever their status, for the decisions module's re-screening of the people with a
     * valid decision. No caller check: it runs off the request thread; never hand its answer to a user.
     */
    @Override
    public List<ScreenedPerson> ofRequests(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery(PEOPLE + " where r.id in :ids order by r.id", Object[].class).setParameter("ids", ids).getResultList();
        return people(rows, "r.id in :ids", Map.of("ids", ids));
    }

    /** The columns a person is screened on. */
    private static final String PEOPLE = "select r.id, r.reference, r.institutionId, r.personReference, r.givenNames, r.surname,"
            + " r.otherScriptNames, r.birthDate, r.birthYear, r.birthCountry, r.nationalities from ScreeningRequest r";

    /** The people of {@code rows} with their ties, read for the requests that {@code condition} (on {@code r}) selects. */
    private List<ScreenedPerson> people(List<Object[]> rows, String condition, Map<String, Object> parameters) {
        Map<Long, List<Tie>> ties = new HashMap<>();
        var affiliations = em.createQuery("select r.id, a.organisation, a.country, a.fromDate, a.toDate from ScreeningRequest r join r.affiliations a"
                + " where " + condition, Object[].class);
        parameters.forEach(affiliations::setParameter);
        for (Object[] a : affiliations.getResultList()) {
            ties.computeIfAbsent((Long) a[0], k -> new ArrayList<>()).add(new Tie(Tie.Kind.AFFILIATION, (String) a[1], (String) a[2],
                    (LocalDate) a[3], (LocalDate) a[4], false));
        }
        var funding = em.createQuery("select r.id, f.kind, f.funder, f.country, f.fromDate, f.toDate, f.topicFromHomeCountry"
                + " from ScreeningRequest r join r.funding f where " + condition, Object[].class);
        parameters.forEach(funding::setParameter);
        for (Object[] f : funding.getResultList()) {
            Tie tie = tie(new Funding((nl.kennisveiligheid.screening.api.FundingKind) f[1], (String) f[2], (String) f[3], (LocalDate) f[4],
                    (LocalDate) f[5], Boolean.TRUE.equals(f[6])));
            if (tie != null) {
                ties.computeIfAbsent((Long) f[0], k -> new ArrayList<>()).add(tie);
            }
        }
        List<ScreenedPerson> people = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            String given = r[4] == null ? "" : (String) r[4];
            String surname = r[5] == null ? "" : (String) r[5];
            String name = (given + " " + surname).trim();
            ScreenedSubject subject = new ScreenedSubject(OWNER, id, (String) r[1], (Long) r[2], (String) r[3], name);
            people.add(new ScreenedPerson(subject, new PersonProfile(names(name, (String) r[6]), (LocalDate) r[7], (Integer) r[8], (String) r[9],
                    nationalities((String) r[10]), ties.getOrDefault(id, List.of()), List.of())));
        }
        return people;
    }

    private ScreenedSubject subject(ScreeningRequest request, SubjectData subject) {
        return new ScreenedSubject(OWNER, request.getId(), request.getReference(), request.getInstitutionId(), subject.personReference(),
                subject.displayName());
    }

    private PersonProfile profile(ScreeningRequest request, RequestData data) {
        SubjectData subject = data.subject();
        List<Tie> ties = new ArrayList<>();
        for (Affiliation a : data.affiliations()) {
            ties.add(new Tie(Tie.Kind.AFFILIATION, a.organisation(), a.country(), a.from(), a.to(), false));
        }
        for (Funding f : data.funding()) {
            Tie tie = tie(f);
            if (tie != null) {
                ties.add(tie);
            }
        }
        List<String> entries = new ArrayList<>();
        for (RequestEntry entry : request.getEntries()) {
            String title = request.getListCode() == null || request.getListVersion() == null ? null
                    : catalog.entry(request.getListCode(), request.getListVersion(), entry.getEntryKey()).map(e -> e.titleNl()).orElse(null);
            entries.add(title == null ? entry.getEntryCode() : entry.getEntryCode() + " " + title);
        }
        return new PersonProfile(names(subject.displayName(), subject.otherScriptNames()), subject.birthDate(), subject.birthYear(),
                subject.birthCountry(), subject.nationalities(), ties, entries);
    }

    private static Tie tie(Funding f) {
        if (f.kind() == null) {
            return null;
        }
        Tie.Kind kind = switch (f.kind()) {
            case FOREIGN_GOVERNMENT -> Tie.Kind.STATE_FUNDING;
            case FOREIGN_COMPANY -> Tie.Kind.COMPANY_FUNDING;
            case SCHOLARSHIP -> Tie.Kind.SCHOLARSHIP;
            case OWN_INSTITUTION, OWN_MEANS -> null;
        };
        return kind == null ? null : new Tie(kind, f.funder(), f.country(), f.from(), f.to(), f.topicFromHomeCountry());
    }

    private static List<String> names(String name, String otherScript) {
        List<String> names = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            names.add(name);
        }
        if (otherScript != null && !otherScript.isBlank()) {
            names.add(otherScript);
        }
        return names;
    }

    private static List<String> nationalities(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split(",")).filter(s -> !s.isEmpty()).toList();
    }

}
