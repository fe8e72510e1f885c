package nl.kennisveiligheid.techlist.entity;

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
import java.util.Arrays;
import java.util.List;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;

/** One entry of one version. Entries of a published version are never written again. */
@Entity
@Table(name = "list_entry", schema = "techlist")
public class ListEntry extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "list_entry_seq", schema = "techlist", sequenceName = "list_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private ListVersion listVersion;

    @Column(name = "entry_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "parent_key", length = 40)
    private String parentKey;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title_nl", nullable = false, length = 300)
    private String titleNl;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "description_nl", length = 4000)
    private String descriptionNl;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Column(name = "control_references", length = 500)
    private String references;

    @Column(nullable = false)
    private boolean retired;

    protected ListEntry() {
    }

    public ListEntry(ListVersion listVersion, TechnologyEntry entry, int sortOrder) {
        this.listVersion = listVersion;
        this.sortOrder = sortOrder;
        apply(entry);
    }

    /** Takes over the content of {@code entry} (its key included). Only ever called on a draft's entries. */
    public void apply(TechnologyEntry entry) {
        listVersion.requireDraft();
        this.key = entry.key();
        this.code = entry.code();
        this.parentKey = entry.parentKey();
        this.titleNl = entry.titleNl();
        this.titleEn = entry.titleEn();
        this.descriptionNl = entry.descriptionNl();
        this.descriptionEn = entry.descriptionEn();
        this.references = entry.references().isEmpty() ? null : String.join(", ", entry.references());
        this.retired = entry.retired();
    }

    public TechnologyEntry view() {
        List<String> refs = references == null || references.isBlank() ? List.of()
                : Arrays.stream(references.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new TechnologyEntry(key, code, parentKey, titleNl, titleEn, descriptionNl, descriptionEn, refs, retired);
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public ListVersion getListVersion() {
        return listVersion;
    }
}
