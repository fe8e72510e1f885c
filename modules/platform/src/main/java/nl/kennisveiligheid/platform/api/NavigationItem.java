package nl.kennisveiligheid.platform.api;

import java.util.Objects;
import java.util.Set;

/**
 * One entry in the main navigation.
 *
 * @param bundle   base name of the message bundle that holds the label
 * @param labelKey key of the label in that bundle
 * @param path     path of the page, from the application root (e.g. {@code /units/list.xhtml})
 * @param order    position (lower is further left)
 * @param roles    roles that see the item; empty means everyone
 */
public record NavigationItem(String bundle, String labelKey, String path, int order, Set<Role> roles) {

    public NavigationItem {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
