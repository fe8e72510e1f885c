package nl.kennisveiligheid.units.boundary.web;

import static nl.kennisveiligheid.platform.api.validation.TextRules.blankToNull;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CsvDownload;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.control.UnitRegister;

/**
 * The national register for authority staff: registered and closed units of all institutions, filtered by
 * institution, Annex 2 cluster, status and name in the database, and the same selection as CSV.
 */
@Named
@ViewScoped
public class RegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitRegister units;

    @Inject
    InstitutionDirectory institutionDirectory;

    private LazyTableModel<UnitSummary> model;
    private List<InstitutionSummary> institutions;
    private Map<Long, String> institutionNames;
    private String name;
    private Long institutionId;
    private String cluster;
    private UnitStatus status;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(units, UnitSummary::id);
        institutions = institutionDirectory.all();
        institutionNames = institutionDirectory.namesById();
    }

    /** Applies the filter form to the table. */
    public void search() {
        filters().forEach(model::fixedFilter);
    }

    /** The CSV download of the current selection: a link with the filters as its query. */
    public String getExportHref() {
        return CsvDownload.href(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/units/register/export.csv", filters());
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("name", blankToNull(name));
        filters.put("institutionId", institutionId);
        filters.put("cluster", blankToNull(cluster));
        filters.put("status", status);
        return filters;
    }

    public String institutionName(long id) {
        return institutionNames.getOrDefault(id, String.valueOf(id));
    }


    public LazyTableModel<UnitSummary> getModel() { return model; }
    public List<InstitutionSummary> getInstitutions() { return institutions; }
    public UnitStatus[] getStatuses() { return new UnitStatus[] {UnitStatus.REGISTERED, UnitStatus.CLOSED}; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public String getCluster() { return cluster; }
    public void setCluster(String cluster) { this.cluster = cluster; }
    public UnitStatus getStatus() { return status; }
    public void setStatus(UnitStatus status) { this.status = status; }
}
