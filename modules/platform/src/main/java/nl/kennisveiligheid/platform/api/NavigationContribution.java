package nl.kennisveiligheid.platform.api;

import java.util.List;

/**
 * A module's entries in the main navigation. Implement it as a CDI bean; the shared layout shows the
 * items of all contributions, ordered by {@link NavigationItem#order()}, that the current user may see.
 * The platform never names a business module: modules come to it.
 */
public interface NavigationContribution {

    List<NavigationItem> navigationItems();
}
