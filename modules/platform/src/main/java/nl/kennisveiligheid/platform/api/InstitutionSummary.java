package nl.kennisveiligheid.platform.api;

/**
 * An institution (tenant) as other modules see it.
 *
 * @param version the optimistic-lock version, to send back with a change
 */
public record InstitutionSummary(long id, String code, String name, InstitutionKind kind, long version) {
}
