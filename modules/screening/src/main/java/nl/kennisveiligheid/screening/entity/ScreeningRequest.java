package nl.kennisveiligheid.screening.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermRequest;
import nl.kennisveiligheid.platform.api.crypto.PersonalDataCipher;
import nl.kennisveiligheid.screening.api.AccessData;
import nl.kennisveiligheid.screening.api.AccessRole;
import nl.kennisveiligheid.screening.api.IdentityDocumentType;
import nl.kennisveiligheid.screening.api.RequestData;
import nl.kennisveiligheid.screening.api.RequestKind;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.ScreeningMessages;
import nl.kennisveiligheid.screening.api.SubjectData;

/**
 * A screening request of one institution for one person, the aggregate root of its supplement requests and
 * suspensions, with the rules of its life: draft → submitted ⇄ awaiting a supplement → decided, or withdrawn before.
 * Each step checks the state it starts from. The decision period's end is computed by the module's control
 * ({@code DueDates}) from {@link #termRequest()} and kept here ({@link #dueDateComputed}), so that lists sort on it.
 */
@Entity
@Table(name = "screening_request", schema = "screening")
public class ScreeningRequest extends AuditedEntity {

    /** The unit asked for, as resolved against the units module: its name and clusters for lists, and the entries chosen. */
    public record UnitChoice(Long unitId, String unitName, String clusters, String listCode, Integer listVersion, List<RequestEntry> entries) {
    }

    @Id
    @SequenceGenerator(name = "screening_request_seq", schema = "screening", sequenceName = "screening_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_request_seq")
    private Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Column(length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus status;

    /** 1 while the authority still has to decide ({@link RequestStatus#isOpen()}), else 0: leads the queue's indexes. */
    @Column(name = "open_request", nullable = false)
    private int open;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RequestKind kind;

    @Column(name = "earlier_reference", length = 20)
    private String earlierReference;

    @Column(name = "person_reference", length = 100)
    private String personReference;

    @Column(name = "given_names", length = 200)
    private String givenNames;

    @Column(length = 200)
    private String surname;

    @Column(name = "other_script_names", length = 400)
    private String otherScriptNames;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "birth_place", length = 200)
    private String birthPlace;

    @Column(name = "birth_country", length = 2)
    private String birthCountry;

    /** ISO codes as {@code ,NL,CN,}. */
    @Column(length = 300)
    private String nationalities;

    @Column(nullable = false)
    private boolean stateless;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_document_type", length = 30)
    private IdentityDocumentType idDocumentType;

    @Column(name = "id_document_key", length = 40)
    private String idDocumentKey;

    @Column(name = "id_document_sealed", length = 200)
    private String idDocumentSealed;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_role", length = 30)
    private AccessRole role;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "unit_name", length = 200)
    private String unitName;

    @Column(length = 500)
    private String clusters;

    @Column(name = "list_code", length = 40)
    private String listCode;

    @Column(name = "list_version")
    private Integer listVersion;

    @ElementCollection
    @CollectionTable(name = "request_entry", schema = "screening", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<RequestEntry> entries = new ArrayList<>();

    @Column(name = "research_topic", length = 2000)
    private String researchTopic;

    @Column(length = 200)
    private String supervisor;

    @Column(name = "intended_start")
    private LocalDate intendedStart;

    @Column(name = "intended_end")
    private LocalDate intendedEnd;

    @ElementCollection
    @CollectionTable(name = "request_affiliation", schema = "screening", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<AffiliationRecord> affiliations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "request_funding", schema = "screening", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<FundingRecord> funding = new ArrayList<>();

    @Column(name = "earlier_screenings", length = 2000)
    private String earlierScreenings;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "decision_period_weeks")
    private Integer decisionPeriodWeeks;

    @Column(name = "extension_weeks")
    private Integer extensionWeeks;

    @Column(name = "extension_reason", length = 2000)
    private String extensionReason;

    @Column(name = "extended_on")
    private LocalDate extendedOn;

    @Column(length = 100)
    private String assignee;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "supplement_due_on")
    private LocalDate supplementDueOn;

    @Column(name = "set_aside_due_on")
    private LocalDate setAsideDueOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<SupplementRequest> supplements = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("firstDay")
    private List<RequestSuspension> suspensions = new ArrayList<>();

    protected ScreeningRequest() {
    }

    // ---- the request's life

    /** A new draft of an institution. */
    public static ScreeningRequest draft(long institutionId, RequestData data, UnitChoice unit, PersonalDataCipher.Sealed idDocument) {
        ScreeningRequest request = new ScreeningRequest();
        request.institutionId = institutionId;
        request.status = RequestStatus.DRAFT;
        request.copy(data, unit, idDocument);
        return request;
    }

    /**
     * The institution's change: a draft freely; a submitted request only while the authority waits for a supplement
     * (the institution answers with data).
     */
    public void change(RequestData data, UnitChoice unit, PersonalDataCipher.Sealed idDocument) {
        if (status != RequestStatus.DRAFT && status != RequestStatus.AWAITING_SUPPLEMENT) {
            throw Refusal.conflict(ScreeningMessages.BUNDLE, "error.change.notNow");
        }
        copy(data, unit, idDocument);
    }

    /** Submits a draft on {@code today}: it gets its reference and the decision period of {@code periodWeeks} starts. */
    public void submit(String newReference, LocalDate today, OffsetDateTime now, int periodWeeks) {
        requireStatus(RequestStatus.DRAFT, "error.notDraft");
        reference = newReference;
        submittedOn = today;
        submittedAt = now;
        decisionPeriodWeeks = periodWeeks;
        status(RequestStatus.SUBMITTED);
    }

    /** Withdraws the request (a draft, or a submitted one before its decision). */
    public void withdraw(LocalDate today, String reason) {
        if (status != RequestStatus.DRAFT && !status.isOpen()) {
            throw Refusal.conflict(ScreeningMessages.BUNDLE, "error.withdraw.notNow");
        }
        status(RequestStatus.WITHDRAWN);
        withdrawnOn = today;
        withdrawalReason = reason;
        supplementDueOn = null;
        setAsideDueOn = null;
    }

    /** Records that the authority decided on the request (the decision itself lives in the decisions module). */
    public void decide() {
        requireOpen();
        status(RequestStatus.DECIDED);
        supplementDueOn = null;
        setAsideDueOn = null;
    }

    /** Assigns an open request to an assessor (login name), or to nobody. */
    public void assign(String newAssignee) {
        requireOpen();
        assignee = newAssignee;
    }

    /**
     * Asks for a supplement on {@code today}, to be answered by {@code answerBy}: only while the decision period runs
     * ({@code today} not after the due date).
     */
    public SupplementRequest askSupplement(LocalDate today, String by, String questions, LocalDate answerBy) {
        requireOpen();
        requireRunning(today, "error.supplement.periodEnded");
        SupplementRequest supplement = new SupplementRequest(this, supplements.size() + 1, today, by, questions, answerBy);
        supplements.add(supplement);
        status(RequestStatus.AWAITING_SUPPLEMENT);
        return supplement;
    }

    /**
     * The institution's answer to supplement request {@code number} on {@code today}. After its term it is accepted
     * as long as the request was not set aside, but suspends no further. Back to {@link RequestStatus#SUBMITTED} when no
     * supplement request is open.
     */
    public SupplementRequest answerSupplement(int number, LocalDate today, String by, String answer) {
        if (status != RequestStatus.AWAITING_SUPPLEMENT) {
            throw Refusal.conflict(ScreeningMessages.BUNDLE, "error.supplement.noneOpen");
        }
        SupplementRequest supplement = supplements.stream().filter(s -> s.getNumber() == number).findFirst()
                .orElseThrow(() -> Refusal.notFound(ScreeningMessages.BUNDLE, "error.supplement.notFound", number));
        if (!supplement.isOpen()) {
            throw Refusal.conflict(ScreeningMessages.BUNDLE, "error.supplement.answered", number);
        }
        supplement.answer(today, by, answer);
        if (supplements.stream().noneMatch(SupplementRequest::isOpen)) {
            status(RequestStatus.SUBMITTED);
        }
        return supplement;
    }

    /** Extends the decision period once (Awb 4:14) by {@code weeks}, only before it ends. */
    public void extend(LocalDate today, int weeks, String reason) {
        requireOpen();
        if (extensionWeeks != null) {
            throw Refusal.conflict(ScreeningMessages.BUNDLE, "error.extension.once");
        }
        requireRunning(today, "error.extension.periodEnded");
        extensionWeeks = weeks;
        extendedOn = today;
        extensionReason = reason;
    }

    /** Records a suspension with the applicant's consent or for their delay; it must begin while the period runs. */
    public RequestSuspension suspend(Suspension.Reason reason, LocalDate from, LocalDate until, String note, String by) {
        requireOpen();
        if (reason == Suspension.Reason.SUPPLEMENT) {
            throw new IllegalArgumentException("A supplement suspends through askSupplement");
        }
        requireRunning(from, "error.suspension.periodEnded");
        RequestSuspension suspension = new RequestSuspension(this, reason, from, until, note, by);
        suspensions.add(suspension);
        return suspension;
    }

    /** The decision period as it stands: from submission, every suspension and the extension counted. */
    public TermRequest termRequest() {
        if (submittedOn == null) {
            throw new IllegalStateException("A draft has no decision period");
        }
        List<Suspension> all = new ArrayList<>();
        supplements.forEach(s -> all.add(s.suspension()));
        suspensions.forEach(s -> all.add(s.suspension()));
        List<Term> extensions = extensionWeeks == null ? List.of() : List.of(Term.weeks(extensionWeeks));
        return new TermRequest(submittedOn, Term.weeks(decisionPeriodWeeks), true, false, all, extensions);
    }

    /**
     * Keeps the computed due date and the dates lists show: the end of the open supplement term that ends last, and
     * (when that term has ended unanswered) the day by which a decision to set the request aside is due.
     */
    public void dueDateComputed(LocalDate due, LocalDate setAsideDue) {
        dueOn = due;
        supplementDueOn = supplements.stream().filter(SupplementRequest::isOpen).map(SupplementRequest::getAnswerBy)
                .max(LocalDate::compareTo).orElse(null);
        setAsideDueOn = setAsideDue;
    }

    /** The end of the open supplement term that ended before {@code today}, if any: the request may be set aside. */
    public java.util.Optional<LocalDate> supplementTermEndedUnanswered(LocalDate today) {
        return supplements.stream().filter(SupplementRequest::isOpen).map(SupplementRequest::getAnswerBy)
                .filter(end -> end.isBefore(today)).max(LocalDate::compareTo);
    }

    private void status(RequestStatus newStatus) {
        status = newStatus;
        open = newStatus.isOpen() ? 1 : 0;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw Refusal.conflict(ScreeningMessages.BUNDLE, "error.notOpen");
        }
    }

    private void requireRunning(LocalDate day, String key) {
        if (dueOn != null && day.isAfter(dueOn)) {
            throw Refusal.conflict(ScreeningMessages.BUNDLE, key, dueOn);
        }
    }

    private void requireStatus(RequestStatus expected, String key) {
        if (status != expected) {
            throw Refusal.conflict(ScreeningMessages.BUNDLE, key);
        }
    }

    private void copy(RequestData data, UnitChoice unit, PersonalDataCipher.Sealed idDocument) {
        SubjectData subject = data.subject();
        personReference = subject.personReference();
        givenNames = subject.givenNames();
        surname = subject.surname();
        otherScriptNames = subject.otherScriptNames();
        birthDate = subject.birthDate();
        birthYear = subject.birthDate() != null ? Integer.valueOf(subject.birthDate().getYear()) : subject.birthYear();
        birthPlace = subject.birthPlace();
        birthCountry = subject.birthCountry();
        nationalities = subject.nationalities().isEmpty() ? null : "," + String.join(",", subject.nationalities()) + ",";
        stateless = subject.stateless();
        email = subject.email();
        idDocumentType = subject.idDocumentType();
        idDocumentKey = idDocument == null ? null : idDocument.keyId();
        idDocumentSealed = idDocument == null ? null : idDocument.sealed();
        AccessData access = data.access();
        kind = access.kind();
        earlierReference = access.earlierReference();
        role = access.role();
        unitId = unit.unitId();
        unitName = unit.unitName();
        clusters = unit.clusters();
        listCode = unit.listCode();
        listVersion = unit.listVersion();
        entries.clear();
        entries.addAll(unit.entries());
        researchTopic = access.researchTopic();
        supervisor = access.supervisor();
        intendedStart = access.intendedStart();
        intendedEnd = access.intendedEnd();
        affiliations.clear();
        data.affiliations().forEach(a -> affiliations.add(new AffiliationRecord(a)));
        funding.clear();
        data.funding().forEach(f -> funding.add(new FundingRecord(f)));
        earlierScreenings = data.earlierScreenings();
    }

    // ---- reading

    /** The request's data; the identity document's number as {@code idDocumentNumber} (already opened by the caller). */
    public RequestData data(String idDocumentNumber) {
        List<String> nationalityCodes = nationalities == null ? List.of()
                : Arrays.stream(nationalities.split(",")).filter(s -> !s.isEmpty()).toList();
        SubjectData subject = new SubjectData(personReference, givenNames, surname, otherScriptNames, birthDate,
                birthDate == null ? birthYear : null, birthPlace, birthCountry, nationalityCodes, stateless, email, idDocumentType, idDocumentNumber);
        AccessData access = new AccessData(kind, earlierReference, role, unitId, entries.stream().map(RequestEntry::getEntryKey).toList(),
                researchTopic, supervisor, intendedStart, intendedEnd);
        return new RequestData(subject, access, affiliations.stream().map(AffiliationRecord::data).toList(),
                funding.stream().map(FundingRecord::data).toList(), earlierScreenings);
    }

    /** The list's view; {@code withName} for the institution's own staff. */
    public RequestSummary summary(boolean withName) {
        String name = withName ? ((givenNames == null ? "" : givenNames + " ") + (surname == null ? "" : surname)).trim() : null;
        return new RequestSummary(id, reference, institutionId, status, kind, withName ? personReference : null, name, unitId, unitName, clusters,
                role, assignee, submittedOn, dueOn, supplementDueOn, setAsideDueOn, extensionWeeks != null, getVersion());
    }

    public PersonalDataCipher.Sealed sealedIdDocument() {
        return idDocumentSealed == null ? null : new PersonalDataCipher.Sealed(idDocumentKey, idDocumentSealed);
    }

    public Long getId() {
        return id;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getReference() {
        return reference;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getAssignee() {
        return assignee;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public List<RequestEntry> getEntries() {
        return List.copyOf(entries);
    }

    public String getListCode() {
        return listCode;
    }

    public Integer getListVersion() {
        return listVersion;
    }

    public List<SupplementRequest> getSupplements() {
        return List.copyOf(supplements);
    }

    public List<RequestSuspension> getSuspensions() {
        return List.copyOf(suspensions);
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public Integer getExtensionWeeks() {
        return extensionWeeks;
    }

    public LocalDate getSetAsideDueOn() {
        return setAsideDueOn;
    }

    public LocalDate getSupplementDueOn() {
        return supplementDueOn;
    }

    public String getPersonReference() {
        return personReference;
    }

    public String getEarlierReference() {
        return earlierReference;
    }
}
