package nl.kennisveiligheid.units.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeItem;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.control.UnitRegister;
import nl.kennisveiligheid.units.control.UnitsModule;

/**
 * On the home page: for institution officers and admins, how many of their units need review after an Annex 2
 * change; for authority staff, how many units the register holds.
 */
@ApplicationScoped
public class UnitsHome implements HomeContribution {

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitRegister units;

    @Override
    public List<HomeItem> homeItems() {
        if (currentUser.institutionId().isPresent() && RoleGroup.INSTITUTION_STAFF.includes(currentUser)) {
            long review = units.count(Map.of("reviewNeeded", true));
            return List.of(new HomeItem(UnitsModule.BUNDLE, "home.review", review, "/units/list.xhtml?review=true", 200, true));
        }
        if (RoleGroup.AUTHORITY_STAFF.includes(currentUser)) {
            long registered = units.count(Map.of("status", UnitStatus.REGISTERED));
            return List.of(new HomeItem(UnitsModule.BUNDLE, "home.register", registered, "/units/register/list.xhtml", 200, false));
        }
        return List.of();
    }
}
