package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kennisveiligheid.decisions.api.AppealView;
import nl.kennisveiligheid.decisions.api.DecisionsMessages;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.platform.api.Refusal;

/** An appeal to the court against a decision, as the authority records it: court, case number, dates, relief, outcome. */
@Entity
@Table(name = "appeal", schema = "decisions")
public class Appeal extends AuditedEntity {

    /** What the court decided. */
    public enum Outcome { UPHELD, ANNULLED, WITHDRAWN }

    @Id
    @SequenceGenerator(name = "appeal_seq", schema = "decisions", sequenceName = "appeal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    private Long id;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "court", nullable = false, length = 200)
    private String court;

    @Column(name = "case_number", nullable = false, length = 60)
    private String caseNumber;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "relief_from")
    private LocalDate reliefFrom;

    @Column(name = "relief_until")
    private LocalDate reliefUntil;

    @Column(name = "outcome", length = 20)
    private String outcome;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    protected Appeal() {
    }

    public Appeal(long decisionId, long institutionId, long requestId, String court, String caseNumber, LocalDate filedOn, String recordedBy) {
        this.decisionId = decisionId;
        this.institutionId = institutionId;
        this.requestId = requestId;
        this.court = court;
        this.caseNumber = caseNumber;
        this.filedOn = filedOn;
        this.recordedBy = recordedBy;
    }

    /** The court's provisional relief suspends the decision from {@code from} until {@code until} (null: until further notice). */
    public void relief(LocalDate from, LocalDate until) {
        requireOpen();
        reliefFrom = from;
        reliefUntil = until;
    }

    public void decide(Outcome result, LocalDate on) {
        requireOpen();
        outcome = result.name();
        decidedOn = on;
    }

    private void requireOpen() {
        if (outcome != null) {
            throw Refusal.conflict(DecisionsMessages.BUNDLE, "error.appeal.decided");
        }
    }

    public AppealView view() {
        return new AppealView(id, decisionId, requestId, institutionId, court, caseNumber, filedOn, reliefFrom, reliefUntil, outcome, decidedOn,
                recordedBy, getVersion());
    }

    public Long getId() { return id; }
    public long getDecisionId() { return decisionId; }
    public long getInstitutionId() { return institutionId; }
}
