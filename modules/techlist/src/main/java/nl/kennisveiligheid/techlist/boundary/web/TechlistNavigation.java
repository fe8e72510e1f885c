package nl.kennisveiligheid.techlist.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import nl.kennisveiligheid.platform.api.NavigationContribution;
import nl.kennisveiligheid.platform.api.NavigationItem;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.techlist.control.TechlistModule;

/** Annex 2 for every signed-in user; list administration for list administrators. */
@ApplicationScoped
public class TechlistNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(TechlistModule.BUNDLE, "nav.browse", "/techlist/browse.xhtml", 100, Set.of(Role.values())),
                new NavigationItem(TechlistModule.BUNDLE, "nav.admin", "/techlist/admin/versions.xhtml", 110, Set.of(Role.LIST_ADMIN)));
    }
}
