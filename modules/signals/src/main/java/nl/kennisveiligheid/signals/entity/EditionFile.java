package nl.kennisveiligheid.signals.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The file of an edition as received, kept apart so that lists of editions never read it. */
@Entity
@Table(name = "edition_file", schema = "signals")
public class EditionFile {

    @Id
    @Column(name = "edition_id")
    private Long editionId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected EditionFile() {
    }

    public EditionFile(long editionId, byte[] content) {
        this.editionId = editionId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
