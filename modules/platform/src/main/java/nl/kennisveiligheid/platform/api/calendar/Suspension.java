package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A suspension of a running term (opschorting, Awb 4:15): the term stands still <b>from the day after
 * the invitation (e.g. the request for a supplement) up to and including the day before the answer</b>.
 * The term grows by exactly that number of days: {@code answer - invitation - 1}, never negative. An
 * answer on the day of the invitation or the day after suspends nothing.
 *
 * @param invitation the day the invitation was sent
 * @param answer     the day the answer came in (or the day the term for answering ran out)
 */
public record Suspension(LocalDate invitation, LocalDate answer) {

    public Suspension {
        if (invitation == null || answer == null) {
            throw new IllegalArgumentException("A suspension needs the invitation and the answer date");
        }
        if (answer.isBefore(invitation)) {
            throw new IllegalArgumentException("The answer cannot come before the invitation");
        }
    }

    /** The number of days the term grows by. */
    public long days() {
        return Math.max(0, ChronoUnit.DAYS.between(invitation, answer) - 1);
    }

    /** The first day suspended (the day after the invitation). */
    public LocalDate firstDay() {
        return invitation.plusDays(1);
    }

    /** The last day suspended (the day before the answer). */
    public LocalDate lastDay() {
        return answer.minusDays(1);
    }
}
