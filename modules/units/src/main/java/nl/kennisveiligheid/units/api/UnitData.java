package nl.kennisveiligheid.units.api;

import java.util.List;

/**
 * What an institution records about a unit: the form's and the API's input, and the content of each version.
 *
 * @param sites     sites, buildings and rooms that give access, each free text (one per line)
 * @param entries   the Annex 2 entries it works with (at least one), each with a reason
 */
public record UnitData(String name, UnitKind kind, String faculty, String department, String sites, String buildings,
                       String rooms, String headName, String headEmail, String contactName, String contactEmail,
                       String measuresPhysical, String measuresDigital, String measuresOrganisational, List<UnitEntry> entries) {

    public UnitData {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
