package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.platform.api.NavigationContribution;
import nl.kennisveiligheid.platform.api.NavigationItem;
import nl.kennisveiligheid.platform.api.RoleGroup;

/** The institution's page "Access" (where may a person go) and the authority's decision register. */
@ApplicationScoped
public class DecisionsNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(DecisionsModule.BUNDLE, "nav.access", "/decisions/access/person.xhtml", 310, RoleGroup.INSTITUTION_STAFF.roles()),
                new NavigationItem(DecisionsModule.BUNDLE, "nav.register", "/decisions/register/list.xhtml", 318, RoleGroup.AUTHORITY_STAFF.roles()));
    }
}
