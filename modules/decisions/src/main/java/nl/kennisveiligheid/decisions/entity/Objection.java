package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kennisveiligheid.decisions.api.DecisionsMessages;
import nl.kennisveiligheid.decisions.api.ObjectionTerm;
import nl.kennisveiligheid.decisions.api.ObjectionView;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.platform.api.Refusal;

/** An objection against a decision: its terms follow from the decision's send date; it is decided once. */
@Entity
@Table(name = "objection", schema = "decisions")
public class Objection extends AuditedEntity {

    /** Who filed it. */
    public enum FiledBy { INSTITUTION, PERSON }

    /** The outcome of the decision on the objection. */
    public enum Outcome { FOUNDED, UNFOUNDED, INADMISSIBLE }

    @Id
    @SequenceGenerator(name = "objection_seq", schema = "decisions", sequenceName = "objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection_seq")
    private Long id;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "filed_by", nullable = false, updatable = false, length = 20)
    private String filedBy;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "posted_on", updatable = false)
    private LocalDate postedOn;

    @Column(name = "grounds", nullable = false, updatable = false, length = 4000)
    private String grounds;

    @Column(name = "term_ends_on", nullable = false, updatable = false)
    private LocalDate termEndsOn;

    @Column(name = "in_time", nullable = false, updatable = false)
    private boolean inTime;

    @Column(name = "excuse", length = 2000)
    private String excuse;

    @Column(name = "committee", nullable = false)
    private boolean committee;

    @Column(name = "extended", nullable = false)
    private boolean extended;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "outcome", length = 20)
    private String outcome;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "outcome_reasons", length = 8000)
    private String outcomeReasons;

    @Column(name = "heard_on")
    private LocalDate heardOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "new_decision_id")
    private Long newDecisionId;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    protected Objection() {
    }

    public Objection(long decisionId, long institutionId, long requestId, FiledBy filedBy, LocalDate receivedOn, LocalDate postedOn, String grounds,
                     LocalDate termEndsOn, String recordedBy) {
        this.decisionId = decisionId;
        this.institutionId = institutionId;
        this.requestId = requestId;
        this.filedBy = filedBy.name();
        this.receivedOn = receivedOn;
        this.postedOn = postedOn;
        this.grounds = grounds;
        this.termEndsOn = termEndsOn;
        this.inTime = new ObjectionTerm(termEndsOn).inTime(receivedOn, postedOn);
        this.recordedBy = recordedBy;
        this.dueOn = termEndsOn;
    }

    /** Excuses a late objection (Awb 6:11), with the reason. */
    public void excuse(String reason) {
        requireOpen();
        if (inTime) {
            throw Refusal.conflict(DecisionsMessages.BUNDLE, "error.objection.inTime");
        }
        excuse = reason;
    }

    /** An advisory committee hears it (12 weeks instead of 6). */
    public void heardByCommittee() {
        requireOpen();
        committee = true;
    }

    /** The one extension of 6 weeks (Awb 7:10 lid 3). */
    public void extend() {
        requireOpen();
        if (extended) {
            throw Refusal.conflict(DecisionsMessages.BUNDLE, "error.objection.extendedOnce");
        }
        extended = true;
    }

    /** The objector was heard (Awb 7:2). */
    public void heard(LocalDate on) {
        requireOpen();
        heardOn = on;
    }

    /** The decision on the objection; for a founded one, the decision that replaced the one objected to, if signed. */
    public void decide(Outcome result, LocalDate on, String reasons, String by, Long replacedBy) {
        requireOpen();
        outcome = result.name();
        decidedOn = on;
        outcomeReasons = reasons;
        decidedBy = by;
        newDecisionId = replacedBy;
    }

    public void dueOn(LocalDate due) {
        dueOn = due;
    }

    private void requireOpen() {
        if (outcome != null) {
            throw Refusal.conflict(DecisionsMessages.BUNDLE, "error.objection.decided");
        }
    }

    public ObjectionView view(boolean letter) {
        return new ObjectionView(id, decisionId, requestId, institutionId, filedBy, receivedOn, postedOn, grounds, termEndsOn, inTime, excuse,
                committee, extended, dueOn, outcome, decidedOn, outcomeReasons, recordedBy, heardOn, decidedBy, newDecisionId, letter, getVersion());
    }

    public ObjectionView view() {
        return view(outcome != null);
    }

    public Long getId() { return id; }
    public long getDecisionId() { return decisionId; }
    public long getInstitutionId() { return institutionId; }
    public LocalDate getTermEndsOn() { return termEndsOn; }
    public long getRequestId() { return requestId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getHeardOn() { return heardOn; }
    public boolean isCommittee() { return committee; }
    public boolean isExtended() { return extended; }
}
