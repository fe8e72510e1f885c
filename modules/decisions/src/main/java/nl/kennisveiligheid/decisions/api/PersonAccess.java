package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;
import java.util.List;

/** A person's access to a unit on a day, from the decision in force: for the lists "who may enter" and "where may they go". */
public record PersonAccess(long unitId, String unitName, String personReference, String personName, String decision, long decisionId,
                           long requestId, Outcome outcome, List<String> conditions, LocalDate effectiveFrom, LocalDate validUntil) {
}
