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
import nl.kennisveiligheid.techlist.api.EntryChange;

/** One changed entry of a {@link ListChange}: its key, what happened, its code before and after, the changed fields. */
@Entity
@Table(name = "list_change_entry", schema = "units")
public class ListChangeEntry extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "list_change_entry_seq", schema = "units", sequenceName = "list_change_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_change_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_change_id")
    private ListChange listChange;

    @Column(name = "entry_key", nullable = false, length = 40)
    private String entryKey;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "code_before", length = 20)
    private String codeBefore;

    @Column(name = "code_after", length = 20)
    private String codeAfter;

    @Column(length = 300)
    private String fields;

    protected ListChangeEntry() {
    }

    ListChangeEntry(ListChange listChange, EntryChange change) {
        this.listChange = listChange;
        this.entryKey = change.key();
        this.kind = change.kind().name();
        this.codeBefore = change.before() == null ? null : change.before().code();
        this.codeAfter = change.after() == null ? null : change.after().code();
        this.fields = String.join(",", change.changedFields());
    }

    public String getEntryKey() {
        return entryKey;
    }

    public EntryChange.Kind getKind() {
        return EntryChange.Kind.valueOf(kind);
    }

    public String getCodeBefore() {
        return codeBefore;
    }

    public String getCodeAfter() {
        return codeAfter;
    }

    public String getFields() {
        return fields;
    }
}
