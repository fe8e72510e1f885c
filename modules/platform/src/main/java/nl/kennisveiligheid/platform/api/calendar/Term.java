package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;

/**
 * A legal term in days or weeks (Awb). Counting starts the day after the event, so a term of
 * {@code n} days after an event on day D ends, before the Algemene termijnenwet is applied, on D + n.
 */
public record Term(int amount, Unit unit) {

    public enum Unit { DAYS, WEEKS }

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

    /** The length in days. */
    public int inDays() {
        return unit == Unit.WEEKS ? amount * 7 : amount;
    }

    /** The plain end: the event plus the term, no calendar rules applied. */
    public LocalDate after(LocalDate event) {
        return event.plusDays(inDays());
    }
}
