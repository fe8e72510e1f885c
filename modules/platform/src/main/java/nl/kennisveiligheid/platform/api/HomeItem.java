package nl.kennisveiligheid.platform.api;

import java.util.Objects;

/**
 * One count on the home page.
 *
 * @param bundle    base name of the message bundle that holds the text
 * @param textKey   key of the text, a message format with the count as {@code {0}} (use a choice format for 0, 1, many)
 * @param count     the number to show
 * @param path      page where the counted things are, from the application root, with its query if any
 * @param order     position (lower comes first)
 * @param attention whether a non-zero count asks the user to act (shown emphasised)
 */
public record HomeItem(String bundle, String textKey, long count, String path, int order, boolean attention) {

    public HomeItem {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(textKey, "textKey");
        Objects.requireNonNull(path, "path");
    }
}
