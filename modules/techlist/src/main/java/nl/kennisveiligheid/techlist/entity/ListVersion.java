package nl.kennisveiligheid.techlist.entity;

import nl.kennisveiligheid.platform.api.FourEyes;
import nl.kennisveiligheid.techlist.api.TechlistMessages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.kennisveiligheid.techlist.api.VersionStatus;

/** A version of a technology list. Once published, neither it nor its entries change again. */
@Entity
@Table(name = "list_version", schema = "techlist")
public class ListVersion extends nl.kennisveiligheid.platform.api.AuditedEntity {

    @Id
    @SequenceGenerator(name = "list_version_seq", schema = "techlist", sequenceName = "list_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "list_id")
    private TechnologyList list;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionStatus status;

    @Column(name = "based_on_number")
    private Integer basedOnNumber;

    @Column(name = "legal_reference", length = 300)
    private String legalReference;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "change_note", length = 2000)
    private String changeNote;

    @Column(nullable = false)
    private boolean provisional;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "approval_requested_by", length = 100)
    private String approvalRequestedBy;

    @Column(name = "approval_requested_at")
    private OffsetDateTime approvalRequestedAt;

    protected ListVersion() {
    }

    /** A new draft, numbered after the newest version, copied from {@code basedOnNumber} (or empty). */
    public static ListVersion draft(TechnologyList list, int number, Integer basedOnNumber) {
        ListVersion version = new ListVersion();
        version.list = list;
        version.number = number;
        version.status = VersionStatus.DRAFT;
        version.basedOnNumber = basedOnNumber;
        return version;
    }

    public void requestApproval(String by, OffsetDateTime at, LocalDate effectiveDate, String legalReference, String changeNote) {
        requireDraft();
        this.approvalRequestedBy = by;
        this.approvalRequestedAt = at;
        this.effectiveDate = effectiveDate;
        this.legalReference = legalReference;
        this.changeNote = changeNote;
    }

    public void withdrawApprovalRequest() {
        this.approvalRequestedBy = null;
        this.approvalRequestedAt = null;
    }

    /**
     * Publishes the draft. Four eyes: a draft whose publication was requested is published by another person than the
     * one who asked (persons are compared, whatever credential they use).
     */
    public void publish(LocalDate effectiveDate, String legalReference, String changeNote, String by, OffsetDateTime at) {
        requireDraft();
        if (approvalRequestedBy != null) {
            FourEyes.requireAnotherPerson(approvalRequestedBy, by, TechlistMessages.BUNDLE, "error.publish.sameAdministrator");
        }
        this.status = VersionStatus.PUBLISHED;
        this.effectiveDate = effectiveDate;
        this.legalReference = legalReference;
        this.changeNote = changeNote;
        this.publishedBy = by;
        this.publishedAt = at;
        this.provisional = false;
    }

    public void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("version " + number + " of " + list.getCode() + " is published and never changes");
        }
    }

    public Long getId() {
        return id;
    }

    public TechnologyList getList() {
        return list;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public Integer getBasedOnNumber() {
        return basedOnNumber;
    }

    public String getLegalReference() {
        return legalReference;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getApprovalRequestedBy() {
        return approvalRequestedBy;
    }
}
