package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;

/**
 * An appeal (beroep) to the court against a decision, with a provisional relief (voorlopige voorziening, Awb 8:81)
 * that suspends the decision from {@code reliefFrom} until {@code reliefUntil} (null: until further notice).
 *
 * @param outcome {@code UPHELD} (the decision stands), {@code ANNULLED} or {@code WITHDRAWN}, once the court decided
 */
public record AppealView(long id, long decisionId, long requestId, long institutionId, String court, String caseNumber, LocalDate filedOn,
                         LocalDate reliefFrom, LocalDate reliefUntil, String outcome, LocalDate decidedOn, String recordedBy, long version) {
}
