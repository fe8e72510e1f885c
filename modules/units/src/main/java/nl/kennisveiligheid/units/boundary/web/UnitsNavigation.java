package nl.kennisveiligheid.units.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.kennisveiligheid.platform.api.NavigationContribution;
import nl.kennisveiligheid.platform.api.NavigationItem;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.units.control.UnitsModule;

/** The institution's high-risk units, for its officers and administrators; the national register, for authority staff. */
@ApplicationScoped
public class UnitsNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(UnitsModule.BUNDLE, "nav.units", "/units/list.xhtml", 200,
                        RoleGroup.INSTITUTION_STAFF.roles()),
                new NavigationItem(UnitsModule.BUNDLE, "nav.register", "/units/register/list.xhtml", 210,
                        RoleGroup.AUTHORITY_STAFF.roles()));
    }
}
