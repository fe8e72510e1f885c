package nl.kennisveiligheid.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One record of the audit trail. Never updated or deleted by the application. {@code hash} is an HMAC over the
 * record's content and the previous record's hash, so that a changed, removed or inserted record breaks the chain.
 */
@Entity
@Table(name = "audit_record", schema = "platform")
public class AuditRecord {

    /** Position in the chain: 1, 2, 3, ... without gaps. */
    @Id
    private Long position;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 150)
    private String actor;

    @Column(nullable = false, length = 100)
    private String action;

    @Column(name = "object_type", length = 100)
    private String objectType;

    @Column(name = "object_id", length = 100)
    private String objectId;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "old_values", length = 8000)
    private String oldValues;

    @Column(name = "new_values", length = 8000)
    private String newValues;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "correlation_id", length = 64)
    private String correlationId;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditRecord() {
    }

    public AuditRecord(long position, OffsetDateTime occurredAt, String actor, String action, String objectType, String objectId,
                       Long institutionId, String oldValues, String newValues, String clientAddress, String correlationId,
                       String previousHash) {
        this.position = position;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.institutionId = institutionId;
        this.oldValues = oldValues;
        this.newValues = newValues;
        this.clientAddress = clientAddress;
        this.correlationId = correlationId;
        this.previousHash = previousHash;
    }

    /** The content the HMAC covers: every field but the hash itself, unambiguously separated. */
    public String canonicalContent() {
        return String.join("\u001f", String.valueOf(position), occurredAt.toInstant().toString(), actor, action,
                String.valueOf(objectType), String.valueOf(objectId), String.valueOf(institutionId), String.valueOf(oldValues),
                String.valueOf(newValues), String.valueOf(clientAddress), String.valueOf(correlationId), previousHash);
    }

    public void seal(String hash) {
        this.hash = hash;
    }

    public Long getPosition() {
        return position;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getOldValues() {
        return oldValues;
    }

    public String getNewValues() {
        return newValues;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
