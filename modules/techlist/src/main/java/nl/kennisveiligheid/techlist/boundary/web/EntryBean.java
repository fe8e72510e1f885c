package nl.kennisveiligheid.techlist.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kennisveiligheid.techlist.api.ListVersionSummary;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.techlist.api.TechnologyListSummary;

/** One entry of one version, at a permanent address that names both: {@code entry.xhtml?list=ANNEX2&version=3&key=...}. */
@Named
@RequestScoped
public class EntryBean {

    @Inject
    TechnologyListCatalog catalog;

    private String list = TechnologyListCatalog.ANNEX2;
    private Integer number;
    private String key;
    private TechnologyEntry entry;

    public void load() {
        entry = number == null || key == null ? null : catalog.entry(list, number, key).orElse(null);
    }

    public TechnologyEntry getEntry() {
        return entry;
    }

    public TechnologyEntry getParent() {
        return entry == null || entry.parentKey() == null ? null : catalog.entry(list, number, entry.parentKey()).orElse(null);
    }

    public List<TechnologyEntry> getChildren() {
        return entry == null ? List.of() : catalog.entries(list, number).stream().filter(e -> entry.key().equals(e.parentKey())).toList();
    }

    public ListVersionSummary getVersion() {
        return number == null ? null : catalog.version(list, number).orElse(null);
    }

    public TechnologyListSummary getCurrentList() {
        return catalog.list(list).orElse(null);
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
