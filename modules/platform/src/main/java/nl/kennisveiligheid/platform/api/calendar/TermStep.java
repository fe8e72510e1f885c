package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;

/**
 * One step in computing the end of a term, so that a result can explain itself.
 *
 * @param kind    what happened
 * @param from    the end date before this step
 * @param to      the end date after this step
 * @param days    how many days this step added
 * @param holiday the holiday that caused the step, if any
 */
public record TermStep(Kind kind, LocalDate from, LocalDate to, long days, Holiday holiday) {

    public enum Kind {
        /** The plain end: the event plus the term. */
        PLAIN_END,
        /** A suspension added its days. */
        SUSPENSION,
        /** An extension (verdaging) added its term. */
        EXTENSION,
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
