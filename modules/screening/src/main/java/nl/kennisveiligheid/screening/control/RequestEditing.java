package nl.kennisveiligheid.screening.control;

import static nl.kennisveiligheid.platform.api.validation.TextRules.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;
import nl.kennisveiligheid.platform.api.crypto.PersonalDataCipher;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.screening.api.AccessData;
import nl.kennisveiligheid.screening.api.Affiliation;
import nl.kennisveiligheid.screening.api.Funding;
import nl.kennisveiligheid.screening.api.RequestData;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.SubjectData;
import nl.kennisveiligheid.screening.api.TimelineEntry.TimelineKind;
import nl.kennisveiligheid.screening.entity.RequestEntry;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;
import nl.kennisveiligheid.units.api.UnitDirectory;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.api.UnitVersionView;

/**
 * The institution's side of a request: drafts that save as they go, submission (a reference, the receipt and the
 * date the decision is due), answers to supplement requests, withdrawal. Every field is checked where it is given
 * ({@link RequestValidation}); the unit and its Annex 2 entries against the units module, as the caller sees them.
 */
@ApplicationScoped
public class RequestEditing {

    @PersistenceContext(unitName = "screening")
    EntityManager em;

    @Inject
    RequestRegister register;

    @Inject
    RequestSignals signals;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    UnitDirectory units;

    @Inject
    DueDates dueDates;

    @Inject
    ReferenceNumbers references;

    @Inject
    RequestHistory history;

    @Inject
    ScreeningSettings settings;

    @Inject
    RequestNotices notices;

    /** A new draft for the caller's institution. */
    @Transactional
    public RequestSummary create(RequestData data) {
        long institution = register.requireInstitutionStaff();
        RequestData clean = clean(data);
        List<FieldProblem> problems = new ArrayList<>(RequestValidation.forDraft(clean, clock.today()));
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.invalid", problems);
        ScreeningRequest.UnitChoice unit = resolveUnit(clean.access(), false);
        ScreeningRequest request = ScreeningRequest.draft(institution, clean, unit, seal(clean.subject()));
        em.persist(request);
        em.flush();
        history.record(request, TimelineKind.CREATED, null, Map.of(), Map.of("status", "DRAFT"));
        return request.summary(true);
    }

    /** The operation name under which creation keys are kept. */
    public static final String IDEMPOTENT_CREATE = "screening-request.create";

    /** Changes a draft, or a request awaiting a supplement (the answer may be data). */
    @Transactional
    public RequestSummary update(long id, RequestData data, long expectedVersion) {
        ScreeningRequest request = mineAsRead(id, expectedVersion);
        RequestData clean = clean(data);
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.invalid", RequestValidation.forDraft(clean, clock.today()));
        ScreeningRequest.UnitChoice unit = resolveUnit(clean.access(), false);
        request.change(clean, unit, seal(clean.subject()));
        em.flush();
        history.record(request, TimelineKind.CHANGED, null, Map.of(), Map.of("status", request.getStatus().name()));
        return request.summary(true);
    }

    /**
     * Submits a draft: complete, its unit registered and the entries the unit's. It gets its reference and the
     * decision period starts; the receipt (Awb 4:3a) names the day the decision is due.
     */
    @Transactional
    public RequestSummary submit(long id, long expectedVersion) {
        ScreeningRequest request = mineAsRead(id, expectedVersion);
        if (request.getStatus() != nl.kennisveiligheid.screening.api.RequestStatus.DRAFT) {
            throw Refusal.conflict(ScreeningModule.BUNDLE, "error.notDraft");
        }
        RequestData data = register.view(request).data();
        LocalDate today = clock.today();
        List<FieldProblem> problems = new ArrayList<>(RequestValidation.forSubmission(data, today));
        checkEarlier(problems, request, data.access());
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.incomplete", problems);
        ScreeningRequest.UnitChoice unit = resolveUnit(data.access(), true);
        request.change(data, unit, request.sealedIdDocument());
        request.submit(references.next(today.getYear()), today, clock.now().atOffset(ZoneOffset.UTC), settings.decisionPeriodWeeks());
        LocalDate due = dueDates.recompute(request, today);
        em.flush();
        history.record(request, TimelineKind.SUBMITTED, request.getReference(), Map.of("status", "DRAFT"),
                Map.of("status", "SUBMITTED", "reference", request.getReference()));
        // the receipt and the signals follow from the submission: the system's steps, not the officer's
        history.recordAs(request, TimelineKind.RECEIPT_CONFIRMED, due.toString(), nl.kennisveiligheid.platform.api.CurrentActor.SYSTEM, Map.of(),
                Map.of("dueOn", due.toString()));
        signals.run(request, data, nl.kennisveiligheid.signals.api.SignalsReports.LOOKBACK_YEARS, true);
        notices.receipt(request);
        return request.summary(true);
    }

    /** Withdraws a draft or an open request, with an optional reason. */
    @Transactional
    public RequestSummary withdraw(long id, long expectedVersion, String reason) {
        ScreeningRequest request = mineAsRead(id, expectedVersion);
        String clean = blankToNull(reason);
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.invalid",
                TextRules.fieldProblem("reason", clean, 2000, true).stream().toList());
        String before = request.getStatus().name();
        request.withdraw(clock.today(), clean);
        em.flush();
        history.record(request, TimelineKind.WITHDRAWN, null, Map.of("status", before), Map.of("status", "WITHDRAWN"));
        return request.summary(true);
    }

    /** The institution answers supplement request {@code number}; the decision period runs again. */
    @Transactional
    public RequestSummary answerSupplement(long id, int number, long expectedVersion, String answer) {
        ScreeningRequest request = mineAsRead(id, expectedVersion);
        String clean = blankToNull(answer);
        List<FieldProblem> problems = new ArrayList<>();
        RequestValidation.requiredText(problems, "answer", clean, 4000);
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.invalid", problems);
        LocalDate today = clock.today();
        var supplement = request.answerSupplement(number, today, currentUser.name(), clean);
        LocalDate due = dueDates.recompute(request, today);
        em.flush();
        history.record(request, TimelineKind.SUPPLEMENT_ANSWERED, String.valueOf(number), Map.of(),
                Map.of("supplement", number, "late", supplement.isLate(), "dueOn", String.valueOf(due)));
        notices.supplementAnswered(request, number);
        return request.summary(true);
    }

    // ---- helpers

    private ScreeningRequest mineAsRead(long id, long expectedVersion) {
        register.requireInstitutionStaff();
        ScreeningRequest request = register.require(id);
        ConcurrentChangeException.requireVersion(request, expectedVersion, "ScreeningRequest", id);
        return request;
    }

    /** The unit as the caller sees it, with the chosen entries' codes; refused at the field when it will not do. */
    private ScreeningRequest.UnitChoice resolveUnit(AccessData access, boolean forSubmission) {
        if (access.unitId() == null) {
            return new ScreeningRequest.UnitChoice(null, null, null, null, null,
                    access.entryKeys().stream().map(k -> new RequestEntry(k, null)).toList());
        }
        Optional<UnitSummary> unit = units.unit(access.unitId());
        if (unit.isEmpty()) {
            throw Refusal.invalid(ScreeningModule.BUNDLE, "error.invalid", "access.unitId", "validation.unit.unknown");
        }
        UnitSummary found = unit.get();
        if (found.status() == UnitStatus.CLOSED || (forSubmission && found.status() != UnitStatus.REGISTERED)) {
            throw Refusal.invalid(ScreeningModule.BUNDLE, "error.invalid", "access.unitId",
                    found.status() == UnitStatus.CLOSED ? "validation.unit.closed" : "validation.unit.notRegistered", found.name());
        }
        UnitVersionView current = units.asOf(found.id(), clock.today())
                .orElseThrow(() -> Refusal.invalid(ScreeningModule.BUNDLE, "error.invalid", "access.unitId", "validation.unit.unknown"));
        Map<String, String> codes = current.data().entries().stream()
                .collect(Collectors.toMap(UnitEntry::entryKey, UnitEntry::code, (a, b) -> a, LinkedHashMap::new));
        List<FieldProblem> problems = new ArrayList<>();
        List<RequestEntry> chosen = new ArrayList<>();
        for (int i = 0; i < access.entryKeys().size(); i++) {
            String key = access.entryKeys().get(i);
            if (key == null || !codes.containsKey(key)) {
                problems.add(new FieldProblem("access.entryKeys[" + i + "]", "validation.entry.notInUnit", found.name()));
            } else if (chosen.stream().noneMatch(e -> e.getEntryKey().equals(key))) {
                chosen.add(new RequestEntry(key, codes.get(key)));
            }
        }
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.invalid", problems);
        String clusters = found.clusters() == null || found.clusters().isBlank() ? null
                : "," + Arrays.stream(found.clusters().split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.joining(",")) + ",";
        return new ScreeningRequest.UnitChoice(found.id(), found.name(), clusters, current.listCode(), current.listVersion(), chosen);
    }

    /** A change or renewal names an earlier request of the same institution. */
    private void checkEarlier(List<FieldProblem> problems, ScreeningRequest request, AccessData access) {
        if (access.earlierReference() == null || problems.stream().anyMatch(p -> p.field().equals("access.earlierReference"))) {
            return;
        }
        long found = em.createQuery("select count(r) from ScreeningRequest r where r.reference = :reference and r.institutionId = :institution",
                Long.class).setParameter("reference", access.earlierReference()).setParameter("institution", request.getInstitutionId()).getSingleResult();
        if (found == 0) {
            problems.add(new FieldProblem("access.earlierReference", "validation.earlierReference.unknown"));
        }
    }

    private PersonalDataCipher.Sealed seal(SubjectData subject) {
        return subject.idDocumentNumber() == null ? null : cipher.seal(subject.idDocumentNumber());
    }

    /** Trims every text, upper-cases country codes, leaves blanks out as {@code null}. */
    static RequestData clean(RequestData data) {
        if (data == null || data.subject() == null || data.access() == null) {
            return data;
        }
        SubjectData s = data.subject();
        SubjectData subject = new SubjectData(blankToNull(s.personReference()), blankToNull(s.givenNames()), blankToNull(s.surname()),
                blankToNull(s.otherScriptNames()), s.birthDate(), s.birthYear(), blankToNull(s.birthPlace()), country(s.birthCountry()),
                s.nationalities().stream().map(RequestEditing::country).toList(), s.stateless(), blankToNull(s.email()), s.idDocumentType(),
                blankToNull(s.idDocumentNumber()));
        AccessData a = data.access();
        AccessData access = new AccessData(a.kind(), blankToNull(a.earlierReference()), a.role(), a.unitId(),
                a.entryKeys().stream().map(TextRules::blankToNull).toList(), blankToNull(a.researchTopic()), blankToNull(a.supervisor()),
                a.intendedStart(), a.intendedEnd());
        List<Affiliation> affiliations = data.affiliations().stream().map(f -> f == null ? null
                : new Affiliation(blankToNull(f.organisation()), country(f.country()), blankToNull(f.role()), f.from(), f.to())).toList();
        List<Funding> funding = data.funding().stream().map(f -> f == null ? null
                : new Funding(f.kind(), blankToNull(f.funder()), country(f.country()), f.from(), f.to(), f.topicFromHomeCountry())).toList();
        return new RequestData(subject, access, affiliations, funding, blankToNull(data.earlierScreenings()));
    }

    private static String country(String code) {
        String clean = blankToNull(code);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

}
