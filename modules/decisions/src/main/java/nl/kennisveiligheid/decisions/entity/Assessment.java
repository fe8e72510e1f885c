package nl.kennisveiligheid.decisions.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.kennisveiligheid.decisions.api.AssessmentData;
import nl.kennisveiligheid.decisions.api.AssessmentState;
import nl.kennisveiligheid.decisions.api.AssessmentView;
import nl.kennisveiligheid.decisions.api.DecisionsMessages;
import nl.kennisveiligheid.decisions.api.HearingView;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.platform.api.FourEyes;
import nl.kennisveiligheid.platform.api.Refusal;

/**
 * The authority's assessment of one request, round by round (a correction of a signed decision is a new round). It
 * guards its own steps: it is changed only while in progress, prepared once complete (a refusal only after the
 * hearing), and signed once.
 */
@Entity
@Table(name = "assessment", schema = "decisions")
public class Assessment extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "assessment_seq", schema = "decisions", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "round", nullable = false, updatable = false)
    private int round;

    @Column(name = "request_reference", nullable = false, updatable = false, length = 20)
    private String requestReference;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "person_reference", nullable = false, updatable = false, length = 100)
    private String personReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private AssessmentState state;

    @ElementCollection
    @CollectionTable(name = "assessment_finding", schema = "decisions", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<AssessmentFinding> findings = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome", length = 30)
    private Outcome proposedOutcome;

    @Column(name = "condition_codes", length = 500)
    private String conditionCodes;

    @Column(name = "conditions_text", length = 2000)
    private String conditionsText;

    @Column(name = "reasons", length = 8000)
    private String reasons;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "confidential_annex", length = 8000)
    private String confidentialAnnex;

    @Column(name = "prepared_by", length = 100)
    private String preparedBy;

    @Column(name = "prepared_at")
    private OffsetDateTime preparedAt;

    @Column(name = "hearing_invited_on")
    private LocalDate hearingInvitedOn;

    @Column(name = "hearing_respond_by")
    private LocalDate hearingRespondBy;

    @Column(name = "hearing_invited_by", length = 100)
    private String hearingInvitedBy;

    @Column(name = "hearing_view", length = 4000)
    private String hearingView;

    @Column(name = "hearing_view_on")
    private LocalDate hearingViewOn;

    @Column(name = "corrects_decision_id", updatable = false)
    private Long correctsDecisionId;

    protected Assessment() {
    }

    /** A new round of assessment for a request; {@code corrects} the decision it corrects (a later round), or null. */
    public Assessment(long requestId, int round, String requestReference, long institutionId, long unitId, String personReference,
                      String legalBasis, Long corrects) {
        this.requestId = requestId;
        this.round = round;
        this.requestReference = requestReference;
        this.institutionId = institutionId;
        this.unitId = unitId;
        this.personReference = personReference;
        this.legalBasis = legalBasis;
        this.correctsDecisionId = corrects;
        this.state = AssessmentState.IN_PROGRESS;
    }

    /** Takes the assessor's work: only while in progress. */
    public void change(AssessmentData data) {
        requireState(AssessmentState.IN_PROGRESS, "error.assessment.notInProgress");
        findings.clear();
        data.findings().forEach(f -> findings.add(new AssessmentFinding(f)));
        proposedOutcome = data.proposedOutcome();
        conditionCodes = data.conditionCodes().isEmpty() ? null : String.join(",", data.conditionCodes());
        conditionsText = data.conditionsText();
        reasons = data.reasons();
        legalBasis = data.legalBasis();
        effectiveFrom = data.effectiveFrom();
        expiresOn = data.expiresOn();
        confidentialAnnex = data.confidentialAnnex();
    }

    /** Invites the institution and the person to give their view by {@code respondBy} (once per round, while in progress). */
    public void inviteToHearing(LocalDate today, LocalDate respondBy, String by) {
        requireState(AssessmentState.IN_PROGRESS, "error.assessment.notInProgress");
        if (hearingInvitedOn != null) {
            throw Refusal.conflict(DecisionsMessages.BUNDLE, "error.hearing.alreadyInvited");
        }
        hearingInvitedOn = today;
        hearingRespondBy = respondBy;
        hearingInvitedBy = by;
    }

    /** Records the view given in the hearing, received on {@code receivedOn}. */
    public void recordView(String view, LocalDate receivedOn) {
        if (state == AssessmentState.SIGNED) {
            throw Refusal.conflict(DecisionsMessages.BUNDLE, "error.assessment.signed");
        }
        if (hearingInvitedOn == null) {
            throw Refusal.conflict(DecisionsMessages.BUNDLE, "error.hearing.notInvited");
        }
        hearingView = view;
        hearingViewOn = receivedOn;
    }

    /** Marks the assessment prepared by {@code by}: it now waits for a decider who did not prepare it. */
    public void prepare(String by, OffsetDateTime at) {
        requireState(AssessmentState.IN_PROGRESS, "error.assessment.notInProgress");
        state = AssessmentState.PREPARED;
        preparedBy = by;
        preparedAt = at;
    }

    /** Sends a prepared assessment back to work (by the preparer or a decider who will not sign it as is). */
    public void reopen() {
        requireState(AssessmentState.PREPARED, "error.assessment.notPrepared");
        state = AssessmentState.IN_PROGRESS;
        preparedBy = null;
        preparedAt = null;
    }

    /**
     * Signs the prepared assessment into a decision: four eyes, so never by the person who prepared it (persons are
     * compared: the preparer through any of their personal tokens or on screen is one person).
     */
    public void sign(String signer) {
        requireState(AssessmentState.PREPARED, "error.assessment.notPrepared");
        FourEyes.requireAnotherPerson(preparedBy, signer, DecisionsMessages.BUNDLE, "error.sign.fourEyes");
        state = AssessmentState.SIGNED;
    }

    private void requireState(AssessmentState wanted, String key) {
        if (state != wanted) {
            throw Refusal.conflict(DecisionsMessages.BUNDLE, state == AssessmentState.SIGNED ? "error.assessment.signed" : key);
        }
    }

    public HearingView hearing() {
        return hearingInvitedOn == null ? null : new HearingView(hearingInvitedOn, hearingRespondBy, hearingInvitedBy, hearingView, hearingViewOn);
    }

    public List<String> conditionCodeList() {
        return conditionCodes == null || conditionCodes.isBlank() ? List.of() : Arrays.stream(conditionCodes.split(",")).toList();
    }

    public AssessmentData data() {
        return new AssessmentData(findings.stream().map(AssessmentFinding::data).toList(), proposedOutcome, conditionCodeList(), conditionsText,
                reasons, legalBasis, effectiveFrom, expiresOn, confidentialAnnex);
    }

    public AssessmentView view() {
        AssessmentData data = data();
        return new AssessmentView(id, requestId, round, requestReference, institutionId, unitId, personReference, state, data.findings(),
                proposedOutcome, data.conditionCodes(), conditionsText, reasons, legalBasis, effectiveFrom, expiresOn, confidentialAnnex,
                preparedBy, preparedAt, hearing(), correctsDecisionId, getVersion());
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public int getRound() { return round; }
    public String getRequestReference() { return requestReference; }
    public long getInstitutionId() { return institutionId; }
    public long getUnitId() { return unitId; }
    public String getPersonReference() { return personReference; }
    public AssessmentState getState() { return state; }
    public Outcome getProposedOutcome() { return proposedOutcome; }
    public String getPreparedBy() { return preparedBy; }
    public Long getCorrectsDecisionId() { return correctsDecisionId; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getReasons() { return reasons; }
    public String getLegalBasis() { return legalBasis; }
    public String getConditionsText() { return conditionsText; }
}
