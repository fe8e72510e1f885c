package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;

/**
 * A legal term in days, weeks or months (Awb). Counting starts the day after the event, so a term of {@code n} days
 * after an event on day D ends, before the Algemene termijnenwet is applied, on D + n; a term of months ends on the
 * same day of the month {@code n} months on, or the month's last day when it has no such day (31 January + 1
 * month: 28 or 29 February).
 */
public record Term(int amount, Unit unit) {

    public enum Unit { DAYS, WEEKS, MONTHS }

    public Term {
        if (amount < 0) {
            throw new IllegalArgumentException("A term cannot be negative");
        }
        if (unit == null) {
            throw new IllegalArgumentException("A term needs a unit");
        }
    }

    public static Term days(int amount) {
        return new Term(amount, Unit.DAYS);
    }

    public static Term weeks(int amount) {
        return new Term(amount, Unit.WEEKS);
    }

    public static Term months(int amount) {
        return new Term(amount, Unit.MONTHS);
    }

    /** The plain end: the event plus the term, no calendar rules applied. */
    public LocalDate after(LocalDate event) {
        return switch (unit) {
            case DAYS -> event.plusDays(amount);
            case WEEKS -> event.plusWeeks(amount);
            case MONTHS -> event.plusMonths(amount);
        };
    }

    /** The plain day a term counted backwards from the event falls on (Atw art. 1 lid 2: never extended). */
    public LocalDate before(LocalDate event) {
        return switch (unit) {
            case DAYS -> event.minusDays(amount);
            case WEEKS -> event.minusWeeks(amount);
            case MONTHS -> event.minusMonths(amount);
        };
    }

    /**
     * Atw art. 4: the Atw does not apply to a term longer than twelve weeks, three months or ninety days (nor to
     * terms in hours, which this calendar does not count).
     */
    public boolean outsideAtw() {
        return switch (unit) {
            case DAYS -> amount > 90;
            case WEEKS -> amount > 12;
            case MONTHS -> amount > 3;
        };
    }

    /**
     * Atw art. 2 applies to a term of three days or more, judged on the term's own length (not on its length after
     * suspension or extension).
     */
    public boolean threeDaysOrMore() {
        return unit != Unit.DAYS || amount >= 3;
    }
}
