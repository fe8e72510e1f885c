package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The letter of a decision (a PDF/UA document), made when the decision is signed and never changed. */
@Entity
@Table(name = "decision_letter", schema = "decisions")
public class DecisionLetter {

    @Id
    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 100)
    private String fileName;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DecisionLetter() {
    }

    public DecisionLetter(long decisionId, String fileName, String sha256, byte[] content) {
        this.decisionId = decisionId;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.content = content;
    }

    public Long getDecisionId() { return decisionId; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
}
