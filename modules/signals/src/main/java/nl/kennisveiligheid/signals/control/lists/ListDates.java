package nl.kennisveiligheid.signals.control.lists;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as list files write them, to the forms {@link nl.kennisveiligheid.signals.api.Designation} keeps
 * ({@code 1978-04-28}, {@code 1978-04}, {@code 1978}, {@code 1960-1965}).
 */
final class ListDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3})[a-z]* (\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:circa |approximately |c\\. )?(\\d{4})(?:\\s*(?:to|-)\\s*(\\d{4}))?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private ListDates() {
    }

    /** An English list date ({@code 10 Dec 1948}, {@code Dec 1948}, {@code circa 1948}, {@code 1948 to 1950}), or null. */
    static String english(String text) {
        String value = text == null ? "" : text.trim();
        Matcher m = DAY_MONTH_YEAR.matcher(value);
        if (m.matches()) {
            int month = month(m.group(2));
            return month == 0 ? null : safeDay(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        }
        m = MONTH_YEAR.matcher(value);
        if (m.matches()) {
            int month = month(m.group(1));
            return month == 0 ? null : "%s-%02d".formatted(m.group(2), month);
        }
        m = YEAR_RANGE.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            return m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2);
        }
        return null;
    }

    /** A day/month/year date ({@code 28/04/1978}; {@code 00/00/1980} is a year, {@code 00/04/1980} a month), or null. */
    static String slashed(String text) {
        Matcher m = SLASHED.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month == 0) {
            return m.group(3);
        }
        if (day == 0) {
            return month > 12 ? null : "%s-%02d".formatted(m.group(3), month);
        }
        return safeDay(Integer.parseInt(m.group(3)), month, day);
    }

    /** An ISO day, or null when {@code text} is none. */
    static LocalDate isoDay(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim().substring(0, Math.min(10, text.trim().length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A day in {@code pattern} ({@code dd/MM/yyyy}, {@code MM/dd/yyyy}), or null. */
    static LocalDate day(String text, String pattern) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim(), DateTimeFormatter.ofPattern(pattern));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String safeDay(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        int index = MONTHS.indexOf(name.toLowerCase(Locale.ROOT));
        return index < 0 || index % 3 != 0 ? 0 : index / 3 + 1;
    }
}
