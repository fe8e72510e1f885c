package nl.kennisveiligheid.platform.api;

/** An institution (tenant) as other modules see it. */
public record InstitutionSummary(long id, String code, String name, InstitutionKind kind) {
}
