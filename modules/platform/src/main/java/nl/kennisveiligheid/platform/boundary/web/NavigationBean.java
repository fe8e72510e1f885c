package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kennisveiligheid.platform.api.NavigationContribution;
import nl.kennisveiligheid.platform.api.NavigationItem;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.control.RequestMessages;

/** The main navigation of the shared layout, built from every module's {@link NavigationContribution}. */
@Named("navigation")
@RequestScoped
public class NavigationBean {

    /** One link as the layout shows it. */
    public record Link(String label, String href, boolean current) {
    }

    @Inject
    @Any
    Instance<NavigationContribution> contributions;

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageBean language;

    private List<Link> links;

    public List<Link> getLinks() {
        if (links == null) {
            Set<Role> roles = currentRoles();
            String here = request.getRequestURI().substring(request.getContextPath().length());
            links = contributions.stream()
                    .flatMap(c -> c.navigationItems().stream())
                    .filter(item -> item.visibleTo(roles))
                    .sorted(Comparator.comparingInt(NavigationItem::order))
                    .map(item -> new Link(RequestMessages.text(item.bundle(), item.labelKey(), language.getLocale()),
                            request.getContextPath() + item.path(), item.path().equals(here)))
                    .toList();
        }
        return links;
    }

    private Set<Role> currentRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
