package nl.kennisveiligheid.units.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.techlist.api.EntryChange;

/** A published Annex 2 version the units follow on its effective date, with the entries that changed. */
@Entity
@Table(name = "list_change", schema = "units")
public class ListChange extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "list_change_seq", schema = "units", sequenceName = "list_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_change_seq")
    private Long id;

    @Column(name = "list_code", nullable = false, length = 40)
    private String listCode;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "replaced_number")
    private Integer replacedNumber;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "applied_at")
    private OffsetDateTime appliedAt;

    @Column(name = "units_carried")
    private Integer unitsCarried;

    @Column(name = "units_to_review")
    private Integer unitsToReview;

    /** Units are followed in id order; every unit up to this id has been handled. */
    @Column(name = "progress_unit_id", nullable = false)
    private long progressUnitId;

    @Column(name = "units_failed")
    private Integer unitsFailed;

    @OneToMany(mappedBy = "listChange", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    private List<ListChangeEntry> entries = new ArrayList<>();

    protected ListChange() {
    }

    public ListChange(String listCode, int versionNumber, Integer replacedNumber, LocalDate effectiveDate, List<EntryChange> changes) {
        this.listCode = listCode;
        this.versionNumber = versionNumber;
        this.replacedNumber = replacedNumber;
        this.effectiveDate = effectiveDate;
        changes.forEach(c -> entries.add(new ListChangeEntry(this, c)));
    }

    /** A batch of units handled, up to {@code lastUnitId}. */
    public void progressed(long lastUnitId, int carried, int toReview) {
        this.progressUnitId = Math.max(progressUnitId, lastUnitId);
        this.unitsCarried = (unitsCarried == null ? 0 : unitsCarried) + carried;
        this.unitsToReview = (unitsToReview == null ? 0 : unitsToReview) + toReview;
    }

    /** Every unit handled: done, unless some failed (then the next run tries those again). */
    public void finished(OffsetDateTime at, int failed) {
        this.unitsFailed = failed;
        if (failed == 0) {
            this.appliedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getProgressUnitId() {
        return progressUnitId;
    }

    public Integer getUnitsCarried() {
        return unitsCarried;
    }

    public Integer getUnitsToReview() {
        return unitsToReview;
    }

    public Integer getUnitsFailed() {
        return unitsFailed;
    }

    public String getListCode() {
        return listCode;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Integer getReplacedNumber() {
        return replacedNumber;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public OffsetDateTime getAppliedAt() {
        return appliedAt;
    }

    public List<ListChangeEntry> getEntries() {
        return entries;
    }
}
