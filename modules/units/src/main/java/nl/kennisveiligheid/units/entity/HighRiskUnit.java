package nl.kennisveiligheid.units.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.TreeSet;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.techlist.api.CodeOrder;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitKind;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;

/** A high-risk unit of one institution: identity, status, and a copy of its newest version's listed fields. */
@Entity
@Table(name = "high_risk_unit", schema = "units")
public class HighRiskUnit extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "high_risk_unit_seq", schema = "units", sequenceName = "high_risk_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "high_risk_unit_seq")
    private Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitStatus status;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitKind kind;

    @Column(length = 200)
    private String faculty;

    /** The clusters of its entries as {@code ,3,7,} so that a filter on one cluster is a simple LIKE. */
    @Column(nullable = false, length = 500)
    private String clusters;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "close_reason", length = 1000)
    private String closeReason;

    @Column(name = "review_needed", nullable = false)
    private boolean reviewNeeded;

    @Column(name = "review_note", length = 4000)
    private String reviewNote;

    protected HighRiskUnit() {
    }

    public HighRiskUnit(long institutionId, UnitData data) {
        this.institutionId = institutionId;
        this.status = UnitStatus.DRAFT;
        this.currentVersion = 1;
        copy(data);
    }

    /** Takes over the listed fields of the newest version. */
    public void copy(UnitData data) {
        this.name = data.name();
        this.kind = data.kind();
        this.faculty = data.faculty();
        TreeSet<String> set = new TreeSet<>(CodeOrder.COMPARATOR);
        data.entries().forEach(e -> set.add(e.code().contains(".") ? e.code().substring(0, e.code().indexOf('.')) : e.code()));
        this.clusters = "," + String.join(",", set) + ",";
    }

    public void newVersion(int number) {
        this.currentVersion = number;
    }

    public void register(LocalDate on) {
        this.status = UnitStatus.REGISTERED;
        this.registeredOn = on;
    }

    public void close(LocalDate on, String reason) {
        this.status = UnitStatus.CLOSED;
        this.closedOn = on;
        this.closeReason = reason;
    }

    public void markForReview(String note) {
        this.reviewNeeded = true;
        this.reviewNote = note;
    }

    public void clearReview() {
        this.reviewNeeded = false;
        this.reviewNote = null;
    }

    public UnitSummary summary() {
        return new UnitSummary(id, institutionId, name, kind, status, faculty, clusters.replaceAll("^,|,$", "").replace(",", ", "),
                currentVersion, registeredOn, closedOn, reviewNeeded, getVersion());
    }

    public Long getId() {
        return id;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public UnitStatus getStatus() {
        return status;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public boolean isReviewNeeded() {
        return reviewNeeded;
    }
}
