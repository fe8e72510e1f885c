package nl.kennisveiligheid.platform.control.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.calendar.Holiday;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.api.calendar.TermStep;

/**
 * A term's result in words a person can check against a calendar, in the reader's language: one sentence per step,
 * with the days it is about (a suspension's days as ranges, the ordinary days Atw art. 2 counted).
 */
public final class TermExplanation {

    private static final String BUNDLE = Messages.PLATFORM_BUNDLE;

    private TermExplanation() {
    }

    /** The sentences of {@code result}, in order. */
    public static List<String> lines(TermResult result, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (TermStep step : result.steps()) {
            lines.add(line(result, step, locale));
        }
        return lines;
    }

    /** One step in words. */
    public static String line(TermResult result, TermStep step, Locale locale) {
        return switch (step.kind()) {
            case PLAIN_END, BACKWARDS -> text(locale, "term.step." + step.kind(), term(result.term(), locale), date(result.event(), locale), date(step.to(), locale));
            case SUSPENSION -> step.days() == 0
                    ? text(locale, "term.step.SUSPENSION.none", suspension(step.suspension(), locale), date(step.to(), locale))
                    : text(locale, "term.step.SUSPENSION", suspension(step.suspension(), locale), ranges(step.dates(), locale), step.days(),
                    date(step.to(), locale));
            case EXTENSION -> text(locale, "term.step.EXTENSION", days(step.days(), locale), date(step.to(), locale));
            case NOT_STATUTORY, OUTSIDE_ATW -> text(locale, "term.step." + step.kind(), date(step.to(), locale));
            case TWO_WORKING_DAYS -> text(locale, "term.step.TWO_WORKING_DAYS", String.join(", ", step.dates().stream().map(d -> date(d, locale)).toList()),
                    date(step.to(), locale));
            case SATURDAY, SUNDAY -> text(locale, "term.step." + step.kind(), shortDate(step.from(), locale), date(step.to(), locale));
            case HOLIDAY -> text(locale, "term.step.HOLIDAY", date(step.from(), locale), date(step.to(), locale), holiday(step.holiday(), locale));
        };
    }

    /** A term in words: "4 weken", "3 months". */
    public static String term(Term term, Locale locale) {
        return term.amount() + " " + text(locale, "term.unit." + term.unit());
    }

    /** A day as a person reads it: "maandag 2 november 2026". */
    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(day);
    }

    /** A day without its weekday: "6 december 2026". */
    public static String shortDate(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    /** Days as ranges of consecutive days: "3 november 2026 tot en met 15 november 2026". */
    static String ranges(List<LocalDate> days, Locale locale) {
        List<String> ranges = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).equals(days.get(j).plusDays(1))) {
                j++;
            }
            String first = shortDate(days.get(i), locale);
            String last = shortDate(days.get(j), locale);
            ranges.add(i == j ? first : text(locale, "term.range", first, last));
            i = j + 1;
        }
        return String.join(", ", ranges);
    }

    private static String suspension(Suspension suspension, Locale locale) {
        return text(locale, "term.suspension.reason." + suspension.reason(), date(suspension.start(), locale), date(suspension.end(), locale))
                + (suspension.note() == null || suspension.note().isBlank() ? "" : " (" + suspension.note() + ")");
    }

    private static String days(long days, Locale locale) {
        return days + " " + text(locale, "term.unit.DAYS");
    }

    private static String holiday(Holiday holiday, Locale locale) {
        if (holiday == null) {
            return "";
        }
        String name = text(locale, holiday.key());
        return holiday.key().endsWith("EQUATED") ? name + " (" + holiday.name() + ")" : name;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return PageMessages.text(BUNDLE, key, locale, arguments);
    }
}
