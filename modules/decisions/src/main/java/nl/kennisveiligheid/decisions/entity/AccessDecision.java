package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.platform.api.AuditedEntity;

/**
 * A signed binding access decision. Every column but {@code revoked_from} is fixed when it is signed (none is
 * updatable): a correction is a new decision naming this one.
 */
@Entity
@Table(name = "access_decision", schema = "decisions")
public class AccessDecision extends AuditedEntity {

    /** Separates the conditions in their column (a condition's text holds no line break). */
    static final String CONDITION_SEPARATOR = "\n";

    /** What a decision is made of when it is signed. */
    public record Signed(String reference, long assessmentId, long requestId, String requestReference, long institutionId, long unitId,
                         String unitName, String personReference, String personName, Outcome outcome, List<String> conditions,
                         String reasons, String legalBasis, String listCode, Integer listVersion, String preparedBy, String signedBy,
                         OffsetDateTime signedAt, LocalDate decidedOn, LocalDate sentOn, LocalDate effectiveFrom, LocalDate expiresOn,
                         LocalDate dueOn, int daysLate, Long correctsId, LocalDate submittedOn, Integer suspendedDays, String clusters,
                         List<String> conditionsEn) {
    }

    @Id
    @SequenceGenerator(name = "access_decision_seq", schema = "decisions", sequenceName = "access_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_decision_seq")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false, length = 30)
    private String reference;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "request_reference", nullable = false, updatable = false, length = 20)
    private String requestReference;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, updatable = false, length = 200)
    private String unitName;

    @Column(name = "person_reference", nullable = false, updatable = false, length = 100)
    private String personReference;

    @Column(name = "person_name", nullable = false, updatable = false, length = 500)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 30)
    private Outcome outcome;

    @Column(name = "conditions", updatable = false, length = 8000)
    private String conditions;

    /** The conditions in English, as signed; {@code null} for a decision signed before both were kept. */
    @Column(name = "conditions_en", updatable = false, length = 8000)
    private String conditionsEn;

    @Column(name = "reasons", nullable = false, updatable = false, length = 8000)
    private String reasons;

    @Column(name = "legal_basis", nullable = false, updatable = false, length = 500)
    private String legalBasis;

    @Column(name = "list_code", updatable = false, length = 40)
    private String listCode;

    @Column(name = "list_version", updatable = false)
    private Integer listVersion;

    @Column(name = "prepared_by", nullable = false, updatable = false, length = 100)
    private String preparedBy;

    @Column(name = "signed_by", nullable = false, updatable = false, length = 100)
    private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private OffsetDateTime signedAt;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_from")
    private LocalDate revokedFrom;

    @Column(name = "suspended_from")
    private LocalDate suspendedFrom;

    @Column(name = "suspended_until")
    private LocalDate suspendedUntil;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(name = "days_late", nullable = false, updatable = false)
    private int daysLate;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "submitted_on", updatable = false)
    private LocalDate submittedOn;

    @Column(name = "suspended_days", updatable = false)
    private Integer suspendedDays;

    @Column(name = "clusters", updatable = false, length = 200)
    private String clusters;

    protected AccessDecision() {
    }

    public AccessDecision(Signed s) {
        reference = s.reference();
        assessmentId = s.assessmentId();
        requestId = s.requestId();
        requestReference = s.requestReference();
        institutionId = s.institutionId();
        unitId = s.unitId();
        unitName = s.unitName();
        personReference = s.personReference();
        personName = s.personName();
        outcome = s.outcome();
        conditions = s.conditions().isEmpty() ? null : String.join(CONDITION_SEPARATOR, s.conditions());
        conditionsEn = s.conditionsEn() == null || s.conditionsEn().isEmpty() ? null : String.join(CONDITION_SEPARATOR, s.conditionsEn());
        reasons = s.reasons();
        legalBasis = s.legalBasis();
        listCode = s.listCode();
        listVersion = s.listVersion();
        preparedBy = s.preparedBy();
        signedBy = s.signedBy();
        signedAt = s.signedAt();
        decidedOn = s.decidedOn();
        sentOn = s.sentOn();
        effectiveFrom = s.effectiveFrom();
        expiresOn = s.expiresOn();
        dueOn = s.dueOn();
        daysLate = s.daysLate();
        correctsId = s.correctsId();
        submittedOn = s.submittedOn();
        suspendedDays = s.suspendedDays();
        clusters = s.clusters();
    }

    /** Revokes this decision from {@code from} (the only thing that changes after signing: by a revocation decision). */
    public void revoke(LocalDate from) {
        if (revokedFrom == null || from.isBefore(revokedFrom)) {
            revokedFrom = from;
        }
    }

    /** A provisional relief (Awb 8:81) suspends this decision from {@code from} until {@code until} (null: until further notice). */
    public void suspend(LocalDate from, LocalDate until) {
        suspendedFrom = from;
        suspendedUntil = until;
    }

    /** The conditions of a stored column value, one per line. */
    public static List<String> conditionsOf(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(CONDITION_SEPARATOR));
    }

    public DecisionView view() {
        return new DecisionView(id, reference, requestId, requestReference, institutionId, unitId, unitName, personReference, personName, outcome,
                conditionsOf(conditions), reasons, legalBasis, listCode, listVersion, preparedBy, signedBy, signedAt, decidedOn, sentOn,
                effectiveFrom, expiresOn, revokedFrom, dueOn, daysLate, correctsId, suspendedFrom, suspendedUntil, conditionsOf(conditionsEn));
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public long getAssessmentId() { return assessmentId; }
    public long getRequestId() { return requestId; }
    public long getInstitutionId() { return institutionId; }
    public long getUnitId() { return unitId; }
    public String getPersonReference() { return personReference; }
    public Outcome getOutcome() { return outcome; }
    public String getUnitName() { return unitName; }
    public String getRequestReference() { return requestReference; }
    public String getClusters() { return clusters; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public LocalDate getRevokedFrom() { return revokedFrom; }
    public LocalDate getSuspendedFrom() { return suspendedFrom; }
    public LocalDate getSuspendedUntil() { return suspendedUntil; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public Integer getSuspendedDays() { return suspendedDays; }
    public LocalDate getDueOn() { return dueOn; }
    public int getDaysLate() { return daysLate; }
    public Long getCorrectsId() { return correctsId; }
}
