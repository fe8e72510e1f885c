package nl.kennisveiligheid.platform.api;

import java.util.List;

/**
 * A module's items on the home page: counts of what needs the current user's attention (units to review,
 * requests due), each linking to where the work is. Implement it as a CDI bean; return nothing for users the
 * module has nothing for. The home page shows the items of all contributions, ordered by {@link HomeItem#order()}.
 */
public interface HomeContribution {

    /** The items for the current user, counted within what that user may see. */
    List<HomeItem> homeItems();
}
