package nl.kennisveiligheid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.screening.api.AttachmentKind;
import nl.kennisveiligheid.screening.api.AttachmentView;

/** An attachment of a request: what it is, its name, size and checksum; the content is {@link AttachmentContent}. */
@Entity
@Table(name = "request_attachment", schema = "screening")
public class RequestAttachment extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "request_attachment_seq", schema = "screening", sequenceName = "request_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_attachment_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttachmentKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "supplement_number")
    private Integer supplementNumber;

    protected RequestAttachment() {
    }

    public RequestAttachment(long requestId, AttachmentKind kind, String fileName, long sizeBytes, String sha256, Integer supplementNumber) {
        this.requestId = requestId;
        this.kind = kind;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.supplementNumber = supplementNumber;
    }

    public AttachmentView view() {
        return new AttachmentView(id, kind, fileName, sizeBytes, sha256, supplementNumber, getCreatedAt(), getCreatedBy());
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getFileName() {
        return fileName;
    }
}
