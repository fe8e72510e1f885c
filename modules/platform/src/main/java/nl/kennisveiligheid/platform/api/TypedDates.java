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

    private static final List<DateTimeFormatter> NUMBERS = java.util.stream.Stream.of("d-M-uuuu", "d/M/uuuu", "d.M.uuuu", "uuuu-M-d")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)).toList();

    /** A day in words, in Dutch and in English ("12 april 1996", "12 April 1996"). */
    private static final List<DateTimeFormatter> WORDS = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH).stream()
            .map(language -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(language)
                    .withResolverStyle(ResolverStyle.STRICT))
            .toList();

    /** Every way of typing a day, tried in turn. */
    private static final List<DateTimeFormatter> FORMATS = java.util.stream.Stream.concat(NUMBERS.stream(), WORDS.stream()).toList();

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
        for (DateTimeFormatter format : FORMATS) {
            Optional<LocalDate> day = attempt(text, format);
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
