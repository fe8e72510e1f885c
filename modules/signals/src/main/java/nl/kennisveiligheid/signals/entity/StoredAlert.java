package nl.kennisveiligheid.signals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A hit raised by re-screening, open until the hit is judged (or closed by delisting). */
@Entity
@Table(name = "signal_alert", schema = "signals")
public class StoredAlert {

    @Id
    @SequenceGenerator(name = "signal_alert_seq", schema = "signals", sequenceName = "signal_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signal_alert_seq")
    private Long id;

    @Column(name = "signal_id", nullable = false, updatable = false)
    private long signalId;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "edition_id", updatable = false)
    private Long editionId;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "is_open", nullable = false)
    private int open;

    protected StoredAlert() {
    }

    public StoredAlert(long signalId, long reportId, long institutionId, Long editionId, OffsetDateTime raisedAt) {
        this.signalId = signalId;
        this.reportId = reportId;
        this.institutionId = institutionId;
        this.editionId = editionId;
        this.raisedAt = raisedAt;
        this.open = 1;
    }

    public Long getId() {
        return id;
    }

    public long getSignalId() {
        return signalId;
    }

    public long getReportId() {
        return reportId;
    }

    public Long getEditionId() {
        return editionId;
    }

    public OffsetDateTime getRaisedAt() {
        return raisedAt;
    }

    public boolean isOpen() {
        return open == 1;
    }
}
