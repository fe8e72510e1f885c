package nl.kennisveiligheid.screening.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.kennisveiligheid.platform.api.NavigationContribution;
import nl.kennisveiligheid.platform.api.NavigationItem;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.screening.control.ScreeningModule;

/** The institution's screening requests, for its staff; the work queue, for authority staff. */
@ApplicationScoped
public class ScreeningNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(ScreeningModule.BUNDLE, "nav.requests", "/screening/requests/list.xhtml", 300, RoleGroup.INSTITUTION_STAFF.roles()),
                new NavigationItem(ScreeningModule.BUNDLE, "nav.queue", "/screening/queue/list.xhtml", 300, RoleGroup.AUTHORITY_STAFF.roles()));
    }
}
