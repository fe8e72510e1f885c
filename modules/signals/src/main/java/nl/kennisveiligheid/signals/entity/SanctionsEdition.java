package nl.kennisveiligheid.signals.entity;

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
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.signals.api.EditionView;
import nl.kennisveiligheid.signals.api.SanctionsSource;

/** One loaded edition of a sanctions list: what it holds, the checksum of the file, and whether it is in force. */
@Entity
@Table(name = "sanctions_edition", schema = "signals")
public class SanctionsEdition extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "sanctions_edition_seq", schema = "signals", sequenceName = "sanctions_edition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sanctions_edition_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SanctionsSource source;

    @Column(name = "published_on", updatable = false)
    private LocalDate publishedOn;

    @Column(nullable = false, updatable = false)
    private int persons;

    @Column(nullable = false, updatable = false)
    private int entities;

    @Column(nullable = false, updatable = false)
    private int names;

    @Column(nullable = false, length = 64, updatable = false)
    private String checksum;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "file_bytes", nullable = false, updatable = false)
    private long fileBytes;

    @Column(name = "in_force", nullable = false)
    private int inForce;

    protected SanctionsEdition() {
    }

    public SanctionsEdition(SanctionsSource source, LocalDate publishedOn, int persons, int entities, int names, String checksum,
                            String fileName, long fileBytes) {
        this.source = source;
        this.publishedOn = publishedOn;
        this.persons = persons;
        this.entities = entities;
        this.names = names;
        this.checksum = checksum;
        this.fileName = fileName;
        this.fileBytes = fileBytes;
        this.inForce = 1;
    }

    public Long getId() {
        return id;
    }

    public SanctionsSource getSource() {
        return source;
    }

    public boolean isInForce() {
        return inForce == 1;
    }

    /** A newer edition of the same list came into force. */
    public void supersede() {
        this.inForce = 0;
    }

    public EditionView view() {
        return new EditionView(id, source, publishedOn, getCreatedAt(), getCreatedBy(), persons, entities, names, checksum, fileName, fileBytes,
                isInForce());
    }
}
