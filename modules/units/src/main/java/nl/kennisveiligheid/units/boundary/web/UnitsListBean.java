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

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(units, UnitSummary::id);
    }

    public LazyTableModel<UnitSummary> getModel() {
        return model;
    }

    public UnitStatus[] getStatuses() {
        return UnitStatus.values();
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }
}
