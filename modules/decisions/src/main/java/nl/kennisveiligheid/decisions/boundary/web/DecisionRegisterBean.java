package nl.kennisveiligheid.decisions.boundary.web;

import static nl.kennisveiligheid.platform.api.validation.TextRules.blankToNull;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.decisions.api.RegisterEntry;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.platform.api.CsvDownload;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;

/**
 * The authority's decision register: every signed decision, filtered by reference, outcome, institution, Annex 2
 * cluster, the period decided and a pending objection, in the database; the same selection as CSV.
 */
@Named
@ViewScoped
public class DecisionRegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionRegister register;

    @Inject
    InstitutionDirectory institutionDirectory;

    private LazyTableModel<RegisterEntry> model;
    private List<InstitutionSummary> institutions;
    private Map<Long, String> institutionNames;
    private String reference;
    private Outcome outcome;
    private Long institutionId;
    private String cluster;
    private LocalDate decidedFrom;
    private LocalDate decidedUntil;
    private boolean underObjection;

    @PostConstruct
    void init() {
        register.requireAuthorityStaff();
        model = new LazyTableModel<>(register, RegisterEntry::id);
        institutions = institutionDirectory.all();
        institutionNames = institutionDirectory.namesById();
    }

    /** Applies the filter form to the table. */
    public void search() {
        filters().forEach(model::fixedFilter);
    }

    /** The CSV download of the current selection: a link with the filters as its query. */
    public String getExportHref() {
        return CsvDownload.href(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/decisions/register/export.csv", filters());
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("reference", blankToNull(reference));
        filters.put("outcome", outcome);
        filters.put("institutionId", institutionId);
        filters.put("cluster", blankToNull(cluster));
        filters.put("decidedFrom", decidedFrom);
        filters.put("decidedUntil", decidedUntil);
        filters.put("underObjection", underObjection ? Boolean.TRUE : null);
        return filters;
    }

    public String institutionName(long id) {
        return institutionNames.getOrDefault(id, String.valueOf(id));
    }


    public LazyTableModel<RegisterEntry> getModel() { return model; }
    public List<InstitutionSummary> getInstitutions() { return institutions; }
    public Outcome[] getOutcomes() { return Outcome.values(); }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public String getCluster() { return cluster; }
    public void setCluster(String cluster) { this.cluster = cluster; }
    public LocalDate getDecidedFrom() { return decidedFrom; }
    public void setDecidedFrom(LocalDate decidedFrom) { this.decidedFrom = decidedFrom; }
    public LocalDate getDecidedUntil() { return decidedUntil; }
    public void setDecidedUntil(LocalDate decidedUntil) { this.decidedUntil = decidedUntil; }
    public boolean isUnderObjection() { return underObjection; }
    public void setUnderObjection(boolean underObjection) { this.underObjection = underObjection; }
}
