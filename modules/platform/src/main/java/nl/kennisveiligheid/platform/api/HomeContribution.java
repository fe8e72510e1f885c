package nl.kennisveiligheid.platform.api;

import java.util.List;

/**
 * A module's part of the home page: the current user's next work ({@link #homeWork()}: lists with counts and due
 * dates, most urgent first, each line one click from where the work is done) and overview counts ({@link #homeItems()}).
 * Implement it as a CDI bean; return nothing for users the module has nothing for.
 */
public interface HomeContribution {

    /** The items for the current user, counted within what that user may see. */
    default List<HomeItem> homeItems() {
        return List.of();
    }

    /** The current user's next work that this module holds, within what that user may see. */
    default List<HomeWork> homeWork() {
        return List.of();
    }
}
