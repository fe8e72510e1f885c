package nl.kennisveiligheid.platform.api;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * Base of every business entity: who created and last changed it and when (by the platform clock), and
 * an optimistic-lock version so that two people editing the same thing do not overwrite each other.
 *
 * <p>A module's {@code persistence.xml} lists this class with {@code <class>} because it lives in the
 * platform jar.
 */
@MappedSuperclass
@EntityListeners(AuditedEntityListener.class)
public abstract class AuditedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    void stampCreated(OffsetDateTime at, String by) {
        this.createdAt = at;
        this.createdBy = by;
        stampUpdated(at, by);
    }

    void stampUpdated(OffsetDateTime at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
