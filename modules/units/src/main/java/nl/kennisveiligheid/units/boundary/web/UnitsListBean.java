package nl.kennisveiligheid.units.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.units.api.UnitKind;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.control.UnitRegister;

/** The institution's units: a lazy table, filtered, sorted and paged in the database, scoped to the institution. */
@Named
@ViewScoped
public class UnitsListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitRegister units;

    private LazyTableModel<UnitSummary> model;
    private boolean review;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(units, UnitSummary::id);
    }

    public LazyTableModel<UnitSummary> getModel() {
        return model;
    }

    /** From the link on the home page: only the units that need review. */
    public boolean isReview() {
        return review;
    }

    public void setReview(boolean review) {
        this.review = review;
        model.fixedFilter("reviewNeeded", review ? Boolean.TRUE : null);
    }

    public UnitStatus[] getStatuses() {
        return UnitStatus.values();
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }
}
