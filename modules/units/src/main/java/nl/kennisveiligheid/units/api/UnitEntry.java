package nl.kennisveiligheid.units.api;

import nl.kennisveiligheid.platform.api.validation.PlainText;

/**
 * An Annex 2 entry a unit works with, and why.
 *
 * @param entryKey the entry's stable key in the technology list
 * @param code     its code in the unit version's list version (for display)
 * @param reason   short reason the unit works with it
 */
public record UnitEntry(@PlainText(max = 40) String entryKey, @PlainText(max = 20) String code,
                        @PlainText(max = 1000, multiLine = true) String reason) {
}
