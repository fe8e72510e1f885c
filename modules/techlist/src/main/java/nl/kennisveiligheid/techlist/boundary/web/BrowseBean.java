package nl.kennisveiligheid.techlist.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.RequestMemo;
import nl.kennisveiligheid.techlist.api.ListVersionSummary;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.techlist.api.TechnologyListSummary;

/** Browsing a list: the version in force (or any version) as a tree, searchable by code or words. */
@Named
@ViewScoped
public class BrowseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An entry with its depth in the tree, for indenting. */
    public record Row(TechnologyEntry entry, int depth) {
    }

    @Inject
    TechnologyListCatalog catalog;

    @Inject
    PlatformClock clock;

    @Inject
    RequestMemo memo;

    private String list = TechnologyListCatalog.ANNEX2;
    private Integer number;
    private String query;
    private List<Row> rows;

    /** Called from the view parameters: no version given means the one in force today. */
    public void load() {
        if (catalog.list(list).isEmpty()) {
            list = TechnologyListCatalog.ANNEX2;
        }
        if (number == null || catalog.version(list, number).isEmpty()) {
            number = catalog.inForce(list, clock.today()).map(ListVersionSummary::number).orElse(null);
        }
        rows = null;
    }

    public void search() {
        rows = null;
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = number == null ? List.of() : catalog.search(list, number, query, 10_000).stream()
                    .map(e -> new Row(e, depth(e.code()))).toList();
        }
        return rows;
    }

    private static int depth(String code) {
        return (int) code.chars().filter(c -> c == '.').count();
    }

    public Optional<ListVersionSummary> version() {
        return number == null ? Optional.empty()
                : Optional.ofNullable(memo.get(this, "version:" + list + ":" + number, () -> catalog.version(list, number).orElse(null)));
    }

    public ListVersionSummary getVersion() {
        return version().orElse(null);
    }

    public List<ListVersionSummary> getVersions() {
        return memo.get(this, "versions:" + list, () -> catalog.versions(list).stream()
                .filter(v -> v.status() == nl.kennisveiligheid.techlist.api.VersionStatus.PUBLISHED).toList());
    }

    public List<TechnologyListSummary> getLists() {
        return catalog.lists();
    }

    public TechnologyListSummary getCurrentList() {
        return memo.get(this, "list:" + list, () -> catalog.list(list).orElse(null));
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

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
