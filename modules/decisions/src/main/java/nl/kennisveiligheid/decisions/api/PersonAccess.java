package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;
import java.util.List;

/** A person's access to a unit on a day, from the decision in force: for the lists "who may enter" and "where may they go". */
public record PersonAccess(long unitId, String unitName, String personReference, String personName, String decision, long decisionId,
                           long requestId, Outcome outcome, List<String> conditions, LocalDate effectiveFrom, LocalDate validUntil,
                           List<String> conditionsEn) {

    public PersonAccess {
        conditionsEn = conditionsEn == null ? List.of() : List.copyOf(conditionsEn);
    }

    /** The conditions in the reader's language ({@code en}: the English as signed, where kept; else the Dutch). */
    public List<String> conditionsIn(String language) {
        return "en".equals(language) && !conditionsEn.isEmpty() ? conditionsEn : conditions;
    }
}
