package nl.kennisveiligheid.signals.control.matching;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as lists give it: a day ({@code 1978-04-28}), a month ({@code 1978-04}), a year ({@code 1971}) or
 * a range of years ({@code 1960-1965}).
 */
public record PartialDate(LocalDate exact, int fromYear, int toYear, int month) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");

    /** The date {@code text} holds, or null when it holds none of the forms above. */
    public static PartialDate parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        Matcher day = DAY.matcher(value);
        if (day.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
                return new PartialDate(date, date.getYear(), date.getYear(), date.getMonthValue());
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            return m < 1 || m > 12 ? null : new PartialDate(null, Integer.parseInt(month.group(1)), Integer.parseInt(month.group(1)), m);
        }
        Matcher years = YEARS.matcher(value);
        if (years.matches()) {
            int from = Integer.parseInt(years.group(1));
            int to = years.group(2) == null ? from : Integer.parseInt(years.group(2));
            return to < from ? null : new PartialDate(null, from, to, 0);
        }
        return null;
    }
}
