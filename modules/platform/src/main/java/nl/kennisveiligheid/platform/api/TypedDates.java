package nl.kennisveiligheid.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A day as people here type it: {@code 12-04-1996}, {@code 12-4-1996}, {@code 12/4/1996}, {@code 12.4.1996},
 * {@code 1996-04-12} or in words ({@code 12 april 1996}, {@code 12 April 1996}); and as a form shows it back:
 * {@code 12-04-1996}. One definition for every date field of every page (the API keeps ISO dates).
 */
public final class TypedDates {

    /** How a form shows a day. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final List<DateTimeFormatter> NUMBERS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("uuuu-M-d"));

    private TypedDates() {
    }

    /** The day typed, if it is one (a day that does not exist, such as 31-02-2026, is none). */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > 30) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : NUMBERS) {
            Optional<LocalDate> day = attempt(text, format.withResolverStyle(ResolverStyle.STRICT));
            if (day.isPresent()) {
                return day;
            }
        }
        for (Locale language : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            DateTimeFormatter words = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(language)
                    .withResolverStyle(ResolverStyle.STRICT);
            Optional<LocalDate> day = attempt(text, words);
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> attempt(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeParseException notThisWay) {
            return Optional.empty();
        }
    }
}
