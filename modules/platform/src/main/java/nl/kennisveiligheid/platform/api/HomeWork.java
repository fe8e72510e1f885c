package nl.kennisveiligheid.platform.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One kind of next work on a user's home page, e.g. the assessments waiting for the decider's signature: how many
 * there are, the first few (most urgent first: earliest due date, else oldest), and where all of them are.
 *
 * @param title   the heading ("Wacht op uw handtekening")
 * @param count   how many there are in all; the lines show at most {@link #LINES}
 * @param lines   the first few, most urgent first
 * @param allPath the page with all of them, from the application root; {@code null} when the lines are all there is
 * @param empty   what the page says when there is none, and what to do next
 * @param order   position on the page (lower comes first)
 */
public record HomeWork(Text title, long count, List<Line> lines, String allPath, Text empty, int order) {

    /** How many lines a kind of work shows on the home page. */
    public static final int LINES = 5;

    public HomeWork {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(empty, "empty");
        lines = lines == null ? List.of() : List.copyOf(lines.subList(0, Math.min(LINES, lines.size())));
    }

    /**
     * One piece of work.
     *
     * @param name the name people know it by (a list's name and version); links to {@code path}
     * @param what what it is and what is asked, in words
     * @param due  the day it is due, if it has a term
     * @param path the page where the work is done, from the application root
     */
    public record Line(Text name, Text what, LocalDate due, String path) {

        public Line {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(path, "path");
        }

        /** A line named by a reference that is the same in every language ({@code KVS-2026-000123}). */
        public Line(String reference, Text what, LocalDate due, String path) {
            this(Text.of(Messages.PLATFORM_BUNDLE, "text.verbatim", Objects.requireNonNull(reference, "reference")), what, due, path);
        }
    }
}
