package nl.kennisveiligheid.techlist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.techlist.api.TechnologyListSummary;

/** A technology list: Annex 2 (binding) or a reference list. */
@Entity
@Table(name = "technology_list", schema = "techlist")
public class TechnologyList extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "technology_list_seq", schema = "techlist", sequenceName = "technology_list_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "technology_list_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_nl", nullable = false, length = 200)
    private String nameNl;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false)
    private boolean binding;

    protected TechnologyList() {
    }

    public TechnologyList(String code, String nameNl, String nameEn, boolean binding) {
        this.code = code;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.binding = binding;
    }

    public TechnologyListSummary summary() {
        return new TechnologyListSummary(id, code, nameNl, nameEn, binding);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean isBinding() {
        return binding;
    }
}
