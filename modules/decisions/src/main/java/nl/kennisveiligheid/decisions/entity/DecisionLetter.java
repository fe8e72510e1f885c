package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The letter of a decision, made when the decision is signed and never changed. */
@Entity
@Table(name = "decision_letter", schema = "decisions")
public class DecisionLetter extends StoredLetter {

    @Id
    @Column(name = "decision_id")
    private Long decisionId;

    protected DecisionLetter() {
    }

    public DecisionLetter(long decisionId, String fileName, String sha256, byte[] content) {
        super(fileName, sha256, content);
        this.decisionId = decisionId;
    }

    public Long getDecisionId() { return decisionId; }
}
