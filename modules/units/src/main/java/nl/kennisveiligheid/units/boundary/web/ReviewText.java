package nl.kennisveiligheid.units.boundary.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.control.UnitsModule;

/** A review note in the reader's language: a heading line, then one sentence per change. */
final class ReviewText {

    private ReviewText() {
    }

    static List<String> lines(ReviewNote note, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(PageMessages.text(UnitsModule.BUNDLE, "review.heading", locale, note.listVersion()));
        for (ReviewNote.Change change : note.changes()) {
            String fields = String.join(", ", change.fields().stream()
                    .filter(f -> !"code".equals(f) && !"parent".equals(f))
                    .map(f -> PageMessages.text(UnitsModule.BUNDLE, "review.field." + f, locale)).toList());
            String key = "review.change." + change.kind() + (fields.isEmpty() ? "" : ".fields");
            lines.add(PageMessages.text(UnitsModule.BUNDLE, key, locale, change.code(), change.newCode(), fields));
        }
        return lines;
    }
}
