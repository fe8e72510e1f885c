package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The institution was told that a decision expires: once per decision, whenever the daily run got to it. */
@Entity
@Table(name = "expiry_notice", schema = "decisions")
public class ExpiryNotice {

    @Id
    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "notified_at", nullable = false, updatable = false)
    private OffsetDateTime notifiedAt;

    protected ExpiryNotice() {
    }

    public ExpiryNotice(long decisionId, LocalDate expiresOn, OffsetDateTime notifiedAt) {
        this.decisionId = decisionId;
        this.expiresOn = expiresOn;
        this.notifiedAt = notifiedAt;
    }

    public Long getDecisionId() { return decisionId; }
    public LocalDate getExpiresOn() { return expiresOn; }
}
