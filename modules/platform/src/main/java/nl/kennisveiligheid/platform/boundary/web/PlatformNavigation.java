package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.NavigationContribution;
import nl.kennisveiligheid.platform.api.NavigationItem;
import nl.kennisveiligheid.platform.control.PlatformModule;

/** The platform's own navigation entries. */
@ApplicationScoped
public class PlatformNavigation implements NavigationContribution {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(PlatformModule.BUNDLE, "nav.home", "/index.xhtml", 0, null),
                // every signed-in user (not an anonymous visitor: the page asks for a login)
                new NavigationItem(PlatformModule.BUNDLE, "nav.terms", "/platform/terms/calculator.xhtml", 880, EnumSet.allOf(Role.class)),
                new NavigationItem(PlatformModule.BUNDLE, "nav.users", "/platform/users/users.xhtml", 890, Set.of(Role.SYSTEM_ADMIN, Role.INSTITUTION_ADMIN)),
                new NavigationItem(PlatformModule.BUNDLE, "nav.tokens", "/platform/users/tokens.xhtml", 895, Set.of(Role.SYSTEM_ADMIN, Role.INSTITUTION_ADMIN)),
                new NavigationItem(PlatformModule.BUNDLE, "nav.institutions", "/platform/admin/institutions.xhtml", 900, Set.of(Role.SYSTEM_ADMIN)),
                new NavigationItem(PlatformModule.BUNDLE, "nav.calendar", "/platform/admin/calendar.xhtml", 905, Set.of(Role.SYSTEM_ADMIN)),
                new NavigationItem(PlatformModule.BUNDLE, "nav.outbox", "/platform/admin/outbox.xhtml", 907, Set.of(Role.SYSTEM_ADMIN)),
                new NavigationItem(PlatformModule.BUNDLE, "nav.audit", "/platform/audit/trail.xhtml", 910, Set.of(Role.AUDITOR)));
    }
}
