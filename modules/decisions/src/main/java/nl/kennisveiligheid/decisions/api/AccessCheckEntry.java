package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One access check as logged: who asked, about which unit and person reference, for which day, and the answer. */
public record AccessCheckEntry(OffsetDateTime checkedAt, String askedBy, long institutionId, long unitId, String personReference,
                               LocalDate onDate, boolean allowed, Long decisionId) {
}
