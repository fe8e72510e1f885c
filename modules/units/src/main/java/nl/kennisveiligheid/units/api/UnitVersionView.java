package nl.kennisveiligheid.units.api;

import java.time.OffsetDateTime;

/**
 * A unit as recorded in one of its versions.
 *
 * @param number      version number, 1 for the first
 * @param recordedBy  who made the change ({@code system} when a list change was carried over by itself)
 * @param bySystem    whether the system made it (Annex 2 moved on and the unit's entries did not change)
 * @param listCode    the technology list the entries come from ({@code ANNEX2})
 * @param listVersion the list version the entries come from
 */
public record UnitVersionView(long unitId, long institutionId, int number, OffsetDateTime recordedAt, String recordedBy,
                              boolean bySystem, String changeNote, UnitStatus status, UnitData data, String listCode, int listVersion) {
}
