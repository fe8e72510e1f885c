package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.AuditedEntity;

/** The notice of default (ingebrekestelling) received for a request: one per request. */
@Entity
@Table(name = "default_notice", schema = "decisions")
public class DefaultNotice extends AuditedEntity {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    protected DefaultNotice() {
    }

    public DefaultNotice(long requestId, long institutionId, LocalDate receivedOn, String recordedBy) {
        this.requestId = requestId;
        this.institutionId = institutionId;
        this.receivedOn = receivedOn;
        this.recordedBy = recordedBy;
    }

    public LocalDate getReceivedOn() { return receivedOn; }
}
