package nl.kennisveiligheid.units.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.units.api.UnitEntry;

/** One Annex 2 entry of one unit version, with the reason. */
@Entity
@Table(name = "unit_version_entry", schema = "units")
public class UnitVersionEntry extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "unit_version_entry_seq", schema = "units", sequenceName = "unit_version_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_version_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_version_id")
    private UnitVersion unitVersion;

    @Column(name = "entry_key", nullable = false, length = 40)
    private String entryKey;

    @Column(name = "entry_code", nullable = false, length = 20)
    private String entryCode;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected UnitVersionEntry() {
    }

    UnitVersionEntry(UnitVersion unitVersion, UnitEntry entry) {
        this.unitVersion = unitVersion;
        this.entryKey = entry.entryKey();
        this.entryCode = entry.code();
        this.reason = entry.reason();
    }

    void update(UnitEntry entry) {
        this.entryCode = entry.code();
        this.reason = entry.reason();
    }

    public UnitEntry view() {
        return new UnitEntry(entryKey, entryCode, reason);
    }
}
