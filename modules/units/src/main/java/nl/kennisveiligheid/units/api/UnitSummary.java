package nl.kennisveiligheid.units.api;

import java.time.LocalDate;

/**
 * A unit as the lists and other modules see it (its newest version).
 *
 * @param clusters     the Annex 2 clusters (top-level codes) of its entries, e.g. {@code "3, 7"}
 * @param reviewNeeded Annex 2 changed in a way that touches this unit; the institution confirms or edits it
 * @param version      optimistic-lock version, to send back with a change
 */
public record UnitSummary(long id, long institutionId, String name, UnitKind kind, UnitStatus status, String faculty,
                          String clusters, int currentVersion, LocalDate registeredOn, LocalDate closedOn, boolean reviewNeeded,
                          long version) {
}
