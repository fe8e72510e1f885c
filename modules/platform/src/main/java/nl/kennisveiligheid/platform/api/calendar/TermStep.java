package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One step in computing the end of a term, so that a result can explain itself.
 *
 * @param kind       what happened
 * @param from       the end date before this step
 * @param to         the end date after this step
 * @param days       how many days this step added
 * @param holiday    the holiday that caused the step, if any
 * @param suspension the suspension of a {@link Kind#SUSPENSION} step
 * @param dates      the days the step is about: the days a suspension newly suspended (days already suspended by an
 *                   earlier one are not counted twice), or the ordinary days Atw art. 2 counted
 */
public record TermStep(Kind kind, LocalDate from, LocalDate to, long days, Holiday holiday, Suspension suspension, List<LocalDate> dates) {

    public TermStep {
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    public TermStep(Kind kind, LocalDate from, LocalDate to, long days, Holiday holiday) {
        this(kind, from, to, days, holiday, null, List.of());
    }

    public enum Kind {
        /** The plain end: the event plus the term. */
        PLAIN_END,
        /** A term counted backwards from an event: the day before it, never moved (Atw art. 1 lid 2). */
        BACKWARDS,
        /** A suspension added the days it newly suspended (Awb 4:15). */
        SUSPENSION,
        /** An extension (verdaging, Awb 4:14) added its term. */
        EXTENSION,
        /** The term is not set in a law (e.g. the supplement term of Awb 4:5): the Atw does not apply. */
        NOT_STATUTORY,
        /** Atw art. 4: the term is longer than twelve weeks, three months or ninety days, the Atw does not apply. */
        OUTSIDE_ATW,
        /** Atw art. 2: extended so the term holds two days that are not Saturday, Sunday or holiday. */
        TWO_WORKING_DAYS,
        /** Atw art. 1: moved on from a Saturday. */
        SATURDAY,
        /** Atw art. 1: moved on from a Sunday. */
        SUNDAY,
        /** Atw art. 1: moved on from a generally recognised (or equated) holiday. */
        HOLIDAY
    }
}
