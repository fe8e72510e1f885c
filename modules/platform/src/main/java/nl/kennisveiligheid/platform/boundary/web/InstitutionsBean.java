package nl.kennisveiligheid.platform.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.kennisveiligheid.platform.api.InstitutionKind;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.platform.control.InstitutionService;

/** The institutions overview: a lazy table, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class InstitutionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstitutionService institutions;

    private LazyTableModel<InstitutionSummary> model;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(institutions, InstitutionSummary::id);
    }

    public LazyTableModel<InstitutionSummary> getModel() {
        return model;
    }

    public InstitutionKind[] getKinds() {
        return InstitutionKind.values();
    }
}
