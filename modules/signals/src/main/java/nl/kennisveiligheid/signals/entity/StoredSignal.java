package nl.kennisveiligheid.signals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.signals.api.SignalKind;
import nl.kennisveiligheid.signals.api.SignalState;

/**
 * One signal of a report with its evidence ({@code details}: the values it names, one per line; for a hit the
 * explanation as JSON) and its state; a hit keeps the designation's fingerprint, so that a dismissal sticks until the
 * designation changes.
 */
@Entity
@Table(name = "signal", schema = "signals")
public class StoredSignal extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "signal_seq", schema = "signals", sequenceName = "signal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signal_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private SignalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SignalState state;

    @Column(nullable = false, length = 500, updatable = false)
    private String about;

    @Column(length = 30, updatable = false)
    private String source;

    @Column(name = "edition_id")
    private Long editionId;

    @Column(length = 100, updatable = false)
    private String reference;

    @Column(name = "designation_name", length = 500)
    private String designationName;

    @Column(name = "risk_level", length = 100)
    private String riskLevel;

    @Column(length = 64)
    private String fingerprint;

    private Double score;

    @Column(nullable = false, length = 2000)
    private String details;

    @Column(length = 20000)
    private String explanation;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "raised_by_edition", updatable = false)
    private Long raisedByEdition;

    @Column(name = "judged_by", length = 100)
    private String judgedBy;

    @Column(name = "judged_at")
    private OffsetDateTime judgedAt;

    @Column(length = 2000)
    private String reason;

    @Column(name = "closed_by_edition")
    private Long closedByEdition;

    protected StoredSignal() {
    }

    public StoredSignal(long reportId, SignalKind kind, String about, String source, OffsetDateTime raisedAt, Long raisedByEdition) {
        this.reportId = reportId;
        this.kind = kind;
        this.about = TextRules.clipped(about, 500);
        this.source = source;
        this.raisedAt = raisedAt;
        this.raisedByEdition = raisedByEdition;
        this.state = kind.hit() ? SignalState.OPEN : SignalState.NOTED;
        this.details = "";
    }

    /** The evidence as found now: the edition, the designation (for a hit), the score and explanation, the values. */
    public void evidence(Long editionId, String reference, String designationName, String riskLevel, String fingerprint, Double score,
                         String explanation, List<String> details) {
        this.editionId = editionId;
        this.reference = TextRules.clipped(reference, 100);
        this.designationName = TextRules.clipped(designationName, 500);
        this.riskLevel = TextRules.clipped(riskLevel, 100);
        this.fingerprint = fingerprint;
        this.score = score;
        this.explanation = TextRules.clipped(explanation, 20000);
        this.details = TextRules.clipped(String.join("\n", details.stream().map(d -> d == null ? "" : d.replace('\n', ' ')).toList()), 2000);
    }

    /** A screener's judgement. */
    public void judge(SignalState verdict, String by, OffsetDateTime at, String why) {
        this.state = verdict;
        this.judgedBy = by;
        this.judgedAt = at;
        this.reason = TextRules.clipped(why, 2000);
    }

    /** Carried over from an earlier dismissal of the same designation for the same person. */
    public void carryDismissal(StoredSignal earlier) {
        this.state = SignalState.DISMISSED;
        this.judgedBy = earlier.judgedBy;
        this.judgedAt = earlier.judgedAt;
        this.reason = earlier.reason;
    }

    /** The designation was removed from its list. */
    public void close(long editionId) {
        this.state = SignalState.CLOSED;
        this.closedByEdition = editionId;
    }

    public List<String> detailList() {
        return details.isEmpty() ? List.of() : List.of(details.split("\n", -1));
    }


    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public SignalKind getKind() {
        return kind;
    }

    public SignalState getState() {
        return state;
    }

    public String getAbout() {
        return about;
    }

    public String getSource() {
        return source;
    }

    public Long getEditionId() {
        return editionId;
    }

    public String getReference() {
        return reference;
    }

    public String getDesignationName() {
        return designationName;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Double getScore() {
        return score;
    }

    public String getExplanation() {
        return explanation;
    }

    public OffsetDateTime getRaisedAt() {
        return raisedAt;
    }

    public Long getRaisedByEdition() {
        return raisedByEdition;
    }

    public String getJudgedBy() {
        return judgedBy;
    }

    public OffsetDateTime getJudgedAt() {
        return judgedAt;
    }

    public String getReason() {
        return reason;
    }

    public Long getClosedByEdition() {
        return closedByEdition;
    }
}
