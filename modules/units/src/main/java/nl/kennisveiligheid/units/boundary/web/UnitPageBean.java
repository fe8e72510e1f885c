package nl.kennisveiligheid.units.boundary.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.units.api.UnitAccessSection;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.api.UnitVersionView;
import nl.kennisveiligheid.units.control.UnitRefused;
import nl.kennisveiligheid.units.control.UnitRegister;
import nl.kennisveiligheid.units.control.UnitsModule;

/** A unit's page: what it is now, its history, the people with access (a later module), register and close. */
@Named
@ViewScoped
public class UnitPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitRegister units;

    @Inject
    Instance<UnitAccessSection> accessSections;

    private Long id;
    private UnitSummary unit;
    private UnitVersionView current;
    private List<UnitVersionView> history;
    private LocalDate closedOn;
    private String closeReason;
    private List<String> dependents = List.of();

    /** From the view parameter: read once per view (the details read is audited). */
    public void load() {
        if (unit != null || id == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        unit = units.unit(id).orElse(null);
        current = unit == null ? null : units.details(id).orElse(null);
        history = unit == null ? List.of() : units.history(id);
    }

    public void register() {
        try {
            units.register(id, unit.version());
            PageMessages.info(UnitsModule.BUNDLE, "unit.registered", unit.name());
            refresh();
        } catch (UnitRefused refused) {
            PageMessages.error(null, UnitsModule.BUNDLE, "error.register.incomplete");
            java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
            refused.fields().forEach(f -> PageMessages.error(null, UnitsModule.BUNDLE, "field.error",
                    PageMessages.text(UnitsModule.BUNDLE, "field." + f.field().replaceAll("\\[.*", ""), locale) + ": "
                            + PageMessages.text(UnitsModule.BUNDLE, f.messageKey(), locale)));
        }
    }

    /** Closes the unit; when something still depends on it, names it first and closes on the second press. */
    public void close() {
        try {
            units.close(id, closedOn, closeReason, unit.version(), !dependents.isEmpty());
            PageMessages.info(UnitsModule.BUNDLE, "unit.closed", unit.name());
            dependents = List.of();
            refresh();
        } catch (UnitRefused refused) {
            dependents = refused.dependents();
            PageMessages.error(null, UnitsModule.BUNDLE, refused.messageKey());
            refused.fields().forEach(f -> PageMessages.error("unit:" + f.field(), UnitsModule.BUNDLE, f.messageKey()));
        }
    }

    public List<String> getAccessFragments() {
        return accessSections.stream().map(UnitAccessSection::fragment).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UnitSummary getUnit() { return unit; }
    public UnitVersionView getCurrent() { return current; }
    public List<UnitVersionView> getHistory() { return history; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public String getCloseReason() { return closeReason; }
    public void setCloseReason(String closeReason) { this.closeReason = closeReason; }
    public List<String> getDependents() { return dependents; }
}
