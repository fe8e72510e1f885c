package nl.kennisveiligheid.signals.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kennisveiligheid.platform.api.NavigationContribution;
import nl.kennisveiligheid.platform.api.NavigationItem;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.signals.control.SignalsModule;

/** The sanctions lists, for list administrators and authority staff; the sanctions check and the alerts, for authority staff. */
@ApplicationScoped
public class SignalsNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> navigationItems() {
        Set<Role> readers = new HashSet<>(RoleGroup.AUTHORITY_STAFF.roles());
        readers.add(Role.LIST_ADMIN);
        return List.of(
                new NavigationItem(SignalsModule.BUNDLE, "nav.lists", "/signals/lists/list.xhtml", 320, Set.copyOf(readers)),
                new NavigationItem(SignalsModule.BUNDLE, "nav.search", "/signals/search/search.xhtml", 310, RoleGroup.AUTHORITY_STAFF.roles()),
                new NavigationItem(SignalsModule.BUNDLE, "nav.alerts", "/signals/alerts/list.xhtml", 315, RoleGroup.AUTHORITY_STAFF.roles()));
    }
}
