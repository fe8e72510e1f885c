package nl.kennisveiligheid.units.api;

/**
 * An Annex 2 entry a unit works with, and why.
 *
 * @param entryKey the entry's stable key in the technology list
 * @param code     its code in the unit version's list version (for display)
 * @param reason   short reason the unit works with it
 */
public record UnitEntry(String entryKey, String code, String reason) {
}
