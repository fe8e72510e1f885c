package nl.kennisveiligheid.units.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeItem;
import nl.kennisveiligheid.platform.api.HomeWork;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.control.UnitRegister;
import nl.kennisveiligheid.units.control.UnitsModule;

/**
 * On the home page: for institution officers and admins, their units that need review after an Annex 2 change; for
 * authority staff, how many units the register holds.
 */
@ApplicationScoped
public class UnitsHome implements HomeContribution {

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitRegister units;

    @Override
    public List<HomeItem> homeItems() {
        if (currentUser.institutionId().isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser)) {
            long registered = units.count(Map.of("status", UnitStatus.REGISTERED));
            return List.of(new HomeItem(UnitsModule.BUNDLE, "home.register", registered, "/units/register/list.xhtml", 200, false));
        }
        return List.of();
    }

    @Override
    public List<HomeWork> homeWork() {
        if (currentUser.institutionId().isEmpty() || !RoleGroup.INSTITUTION_STAFF.includes(currentUser)) {
            return List.of();
        }
        Map<String, Object> review = Map.of("reviewNeeded", true);
        List<HomeWork.Line> lines = units.load(new PageRequest(0, HomeWork.LINES, List.of(new PageRequest.Sort("name", true)), review)).stream()
                .map(u -> new HomeWork.Line(u.name(), Text.of(UnitsModule.BUNDLE, "home.work.review.line", u.clusters() == null ? "" : u.clusters()),
                        null, "/units/unit.xhtml?id=" + u.id()))
                .toList();
        return List.of(new HomeWork(Text.of(UnitsModule.BUNDLE, "home.work.review"), units.count(review), lines, "/units/list.xhtml?review=true",
                Text.of(UnitsModule.BUNDLE, "home.work.review.empty"), 120));
    }
}
