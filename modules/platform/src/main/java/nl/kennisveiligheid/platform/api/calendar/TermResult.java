package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The end of a term and how it came about: the plain end date, then each step that moved it and why.
 *
 * @param event the day of the event the term runs from
 * @param term  the term
 * @param end   the last day of the term, all rules applied
 * @param steps the explanation, in order; the first is always {@link TermStep.Kind#PLAIN_END}
 */
public record TermResult(LocalDate event, Term term, LocalDate end, List<TermStep> steps) {

    public TermResult {
        steps = List.copyOf(steps);
    }

    /** The end before suspensions, extensions and the Algemene termijnenwet. */
    public LocalDate plainEnd() {
        return steps.get(0).to();
    }
}
