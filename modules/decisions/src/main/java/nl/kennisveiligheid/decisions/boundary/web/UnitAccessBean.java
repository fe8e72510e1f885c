package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.kennisveiligheid.decisions.api.PersonAccess;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;

/** The section "people with access" on a unit's page: who may enter today, with conditions and expiry. */
@Named
@ViewScoped
public class UnitAccessBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionRegister register;

    @Inject
    transient PlatformClock clock;

    private Long loadedFor;
    private List<PersonAccess> people = List.of();

    public List<PersonAccess> people(Long unitId) {
        if (unitId != null && !unitId.equals(loadedFor)) {
            loadedFor = unitId;
            try {
                people = register.whoMayEnter(unitId, clock.today());
            } catch (Refusal refused) {
                people = List.of();
            }
        }
        return people;
    }
}
