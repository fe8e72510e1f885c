package nl.kennisveiligheid.signals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.signals.api.ScreenedSubject;

/** The signals report of one screened person for one owning record: whose it is and when it last ran. */
@Entity
@Table(name = "signals_report", schema = "signals")
public class SignalsReportRecord extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "signals_report_seq", schema = "signals", sequenceName = "signals_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signals_report_seq")
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String owner;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "owner_reference", length = 40)
    private String ownerReference;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "person_reference", nullable = false, length = 100)
    private String personReference;

    @Column(name = "person_name", nullable = false, length = 500)
    private String personName;

    @Column(name = "ran_at", nullable = false)
    private OffsetDateTime ranAt;

    @Column(name = "ran_by", nullable = false, length = 100)
    private String ranBy;

    @Column(name = "lookback_years", nullable = false)
    private int lookbackYears;

    protected SignalsReportRecord() {
    }

    public SignalsReportRecord(ScreenedSubject subject) {
        this.owner = subject.owner();
        this.ownerId = subject.ownerId();
        this.institutionId = subject.institutionId();
        describe(subject);
    }

    /** The subject as it is now (the reference and name may change while a request is open). */
    public void describe(ScreenedSubject subject) {
        this.ownerReference = subject.ownerReference();
        this.personReference = TextRules.clipped(subject.personReference(), 100);
        this.personName = TextRules.clipped(subject.personName() == null ? "" : subject.personName(), 500);
    }

    public void ran(OffsetDateTime at, String by, int lookback) {
        this.ranAt = at;
        this.ranBy = by;
        this.lookbackYears = lookback;
    }

    public ScreenedSubject subject() {
        return new ScreenedSubject(owner, ownerId, ownerReference, institutionId, personReference, personName);
    }


    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public String getPersonReference() {
        return personReference;
    }

    public OffsetDateTime getRanAt() {
        return ranAt;
    }

    public String getRanBy() {
        return ranBy;
    }

    public int getLookbackYears() {
        return lookbackYears;
    }
}
