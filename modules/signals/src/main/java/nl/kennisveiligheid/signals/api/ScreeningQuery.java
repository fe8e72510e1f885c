package nl.kennisveiligheid.signals.api;

import java.time.LocalDate;

/**
 * A name to screen against the sanctions lists: the name (required), and where known the date of birth, a
 * nationality (ISO 3166 alpha-2 code) and whether a person or an entity is meant (null: both).
 */
public record ScreeningQuery(String name, LocalDate birthDate, String nationality, SubjectKind kind) {
}
