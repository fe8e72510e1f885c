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
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.techlist.api.CodeOrder;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitKind;
import nl.kennisveiligheid.units.api.UnitMessages;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;

/**
 * A high-risk unit of one institution, the aggregate root of its versions: identity, status, a copy of its newest
 * version's listed fields, and the rules of its life (draft → registered → closed, following Annex 2, review). Every
 * change goes through a method here that checks the state it starts from and produces the {@link UnitVersion} to
 * keep; a version's number is given in one place ({@code next}).
 */
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

    private HighRiskUnit(long institutionId, UnitData data) {
        this.institutionId = institutionId;
        this.status = UnitStatus.DRAFT;
        this.currentVersion = 0;
        copy(data);
    }

    // ---- the unit's life: each step checks the state it starts from and gives the version it produces.
    // The caller persists the version it gets back (persisting one already stored does nothing).

    /**
     * A new unit of an institution with its first version: a draft, or registered at once on {@code registeredOn}
     * (an import row already checked as complete).
     */
    public static UnitVersion create(long institutionId, UnitData data, Recording recording, LocalDate registeredOn) {
        HighRiskUnit unit = new HighRiskUnit(institutionId, data);
        if (registeredOn != null) {
            unit.status = UnitStatus.REGISTERED;
            unit.registeredOn = registeredOn;
        }
        return unit.next(null, data, recording);
    }

    /**
     * A person's change: a draft's only version is rewritten in place, a registered unit gets a new version. The
     * listed fields follow and a review mark clears (editing is one way to answer it). Refused when closed.
     */
    public UnitVersion change(UnitVersion current, UnitData data, Recording recording) {
        requireCurrent(current);
        if (status == UnitStatus.CLOSED) {
            throw Refusal.conflict(UnitMessages.BUNDLE, "error.closed");
        }
        UnitVersion changed;
        if (status == UnitStatus.DRAFT) {
            current.record(recording, UnitStatus.DRAFT, data);
            changed = current;
        } else {
            changed = next(current, data, recording);
        }
        copy(data);
        clearReview();
        return changed;
    }

    /** A draft becomes registered on {@code on}, its version recorded again as registered (the caller checked completeness). */
    public UnitVersion register(UnitVersion current, Recording recording, LocalDate on) {
        requireCurrent(current);
        if (status != UnitStatus.DRAFT) {
            throw Refusal.conflict(UnitMessages.BUNDLE, "error.notDraft");
        }
        status = UnitStatus.REGISTERED;
        registeredOn = on;
        current.record(recording.onList(current.getListCode(), current.getListVersion()), status, current.data());
        return current;
    }

    /** A registered unit closes on {@code on} for {@code reason}, as a new version. */
    public UnitVersion close(UnitVersion current, Recording recording, LocalDate on, String reason) {
        requireCurrent(current);
        if (status != UnitStatus.REGISTERED) {
            throw Refusal.conflict(UnitMessages.BUNDLE, "error.notRegistered");
        }
        status = UnitStatus.CLOSED;
        closedOn = on;
        closeReason = reason;
        return next(current, current.data(), recording.onList(current.getListCode(), current.getListVersion()).withNote(reason));
    }

    /**
     * The unit moves along to a new version of its list by itself (none of its entries changed): a draft in place,
     * otherwise a new version by the system. Not for a unit waiting for review or closed.
     */
    public UnitVersion followList(UnitVersion current, Recording recording) {
        requireCurrent(current);
        if (reviewNeeded || status == UnitStatus.CLOSED) {
            throw new IllegalStateException("unit " + id + " does not follow a list change while " + (reviewNeeded ? "waiting for review" : "closed"));
        }
        if (status == UnitStatus.DRAFT) {
            current.moveToListVersion(recording.listVersion());
            return current;
        }
        return next(current, current.data(), recording);
    }

    /** A list change touches the unit's entries: it waits for the institution; a later change is added to the note. */
    public void markForReview(ReviewNote note) {
        ReviewNote combined = reviewNeeded && reviewNote != null ? ReviewNote.parse(reviewNote).followedBy(note) : note;
        this.reviewNeeded = true;
        this.reviewNote = combined.format();
    }

    /** The one place a version number is given: the current one plus one. */
    private UnitVersion next(UnitVersion current, UnitData data, Recording recording) {
        if (current != null) {
            requireCurrent(current);
        }
        currentVersion = currentVersion + 1;
        return new UnitVersion(this, currentVersion, status, data, recording);
    }

    private void requireCurrent(UnitVersion current) {
        if (current == null || current.getUnit() != this || current.getNumber() != currentVersion) {
            throw new IllegalArgumentException("not the current version of unit " + id);
        }
    }

    /** Takes over the listed fields of the newest version. */
    private void copy(UnitData data) {
        this.name = data.name();
        this.kind = data.kind();
        this.faculty = data.faculty();
        TreeSet<String> set = new TreeSet<>(CodeOrder.COMPARATOR);
        data.entries().forEach(e -> set.add(e.code().contains(".") ? e.code().substring(0, e.code().indexOf('.')) : e.code()));
        this.clusters = "," + String.join(",", set) + ",";
    }

    private void clearReview() {
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
