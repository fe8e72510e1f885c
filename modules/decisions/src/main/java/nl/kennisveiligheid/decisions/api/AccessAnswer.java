package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "may this person enter this unit on this day": yes only with a positive decision in force that day.
 *
 * @param decision   the reference of the decision the answer follows from, if any
 * @param conditions the conditions of that decision (empty when none or not allowed)
 * @param validUntil the last day of access under that decision (when allowed and it expires)
 * @param personName the person the decision is about, so that a yes says who (when there is a decision)
 * @param unitName   the unit the decision is for (when there is a decision)
 * @param validFrom  the first day of access under that decision (when allowed)
 */
public record AccessAnswer(boolean allowed, String decision, List<String> conditions, LocalDate validUntil, String personName,
                           String unitName, LocalDate validFrom) {
}
