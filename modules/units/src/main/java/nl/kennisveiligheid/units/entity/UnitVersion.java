package nl.kennisveiligheid.units.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitKind;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitVersionView;

/** One version of a unit: a full snapshot with who, when and why. A draft's only version is edited in place. */
@Entity
@Table(name = "unit_version", schema = "units")
public class UnitVersion extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "unit_version_seq", schema = "units", sequenceName = "unit_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private HighRiskUnit unit;

    @Column(nullable = false)
    private int number;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "by_system", nullable = false)
    private boolean bySystem;

    @Column(name = "change_note", length = 2000)
    private String changeNote;

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
    @Column(length = 200)
    private String department;
    @Column(length = 1000)
    private String sites;
    @Column(length = 1000)
    private String buildings;
    @Column(length = 1000)
    private String rooms;
    @Column(name = "head_name", length = 200)
    private String headName;
    @Column(name = "head_email", length = 254)
    private String headEmail;
    @Column(name = "contact_name", length = 200)
    private String contactName;
    @Column(name = "contact_email", length = 254)
    private String contactEmail;
    @Column(name = "measures_physical", length = 4000)
    private String measuresPhysical;
    @Column(name = "measures_digital", length = 4000)
    private String measuresDigital;
    @Column(name = "measures_organisational", length = 4000)
    private String measuresOrganisational;

    @Column(name = "list_code", nullable = false, length = 40)
    private String listCode;

    @Column(name = "list_version", nullable = false)
    private int listVersion;

    @OneToMany(mappedBy = "unitVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("entryCode")
    private List<UnitVersionEntry> entries = new ArrayList<>();

    protected UnitVersion() {
    }

    /** Only the unit gives out versions ({@link HighRiskUnit}). */
    UnitVersion(HighRiskUnit unit, int number, UnitStatus status, UnitData data, Recording recording) {
        this.unit = unit;
        this.number = number;
        record(recording, status, data);
    }

    /** (Re)writes the snapshot: for a new version, and for a draft's version while it is edited. */
    final void record(Recording recording, UnitStatus newStatus, UnitData data) {
        this.recordedAt = recording.at();
        this.recordedBy = recording.by();
        this.bySystem = recording.bySystem();
        this.changeNote = recording.note();
        this.status = newStatus;
        this.name = data.name();
        this.kind = data.kind();
        this.faculty = data.faculty();
        this.department = data.department();
        this.sites = data.sites();
        this.buildings = data.buildings();
        this.rooms = data.rooms();
        this.headName = data.headName();
        this.headEmail = data.headEmail();
        this.contactName = data.contactName();
        this.contactEmail = data.contactEmail();
        this.measuresPhysical = data.measuresPhysical();
        this.measuresDigital = data.measuresDigital();
        this.measuresOrganisational = data.measuresOrganisational();
        this.listCode = recording.listCode();
        this.listVersion = recording.listVersion();
        // update in place by key: clearing and re-adding would insert a duplicate key before the old row is deleted
        java.util.Map<String, UnitEntry> wanted = new java.util.LinkedHashMap<>();
        data.entries().forEach(e -> wanted.put(e.entryKey(), e));
        entries.removeIf(existing -> !wanted.containsKey(existing.view().entryKey()));
        for (UnitVersionEntry existing : entries) {
            existing.update(wanted.remove(existing.view().entryKey()));
        }
        wanted.values().forEach(e -> entries.add(new UnitVersionEntry(this, e)));
    }

    /** A draft follows a new Annex 2 version in place (its entries did not change). */
    void moveToListVersion(int newListVersion) {
        this.listVersion = newListVersion;
    }

    public UnitData data() {
        return new UnitData(name, kind, faculty, department, sites, buildings, rooms, headName, headEmail, contactName,
                contactEmail, measuresPhysical, measuresDigital, measuresOrganisational,
                entries.stream().map(UnitVersionEntry::view).toList());
    }

    public UnitVersionView view() {
        return new UnitVersionView(unit.getId(), unit.getInstitutionId(), number, recordedAt, recordedBy, bySystem, changeNote,
                status, data(), listCode, listVersion);
    }

    public HighRiskUnit getUnit() {
        return unit;
    }

    public int getNumber() {
        return number;
    }

    public String getListCode() {
        return listCode;
    }

    public int getListVersion() {
        return listVersion;
    }

    public List<UnitEntry> entryViews() {
        return entries.stream().map(UnitVersionEntry::view).toList();
    }
}
