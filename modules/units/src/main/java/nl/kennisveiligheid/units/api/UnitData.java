package nl.kennisveiligheid.units.api;

import jakarta.validation.Valid;
import java.util.List;
import nl.kennisveiligheid.platform.api.validation.PlainText;

/**
 * What an institution records about a unit: the form's and the API's input, and the content of each version.
 *
 * Each text field carries its column's length ({@link PlainText}), checked before anything is written.
 *
 * @param sites     sites, buildings and rooms that give access, each free text (one per line)
 * @param entries   the Annex 2 entries it works with (at least one), each with a reason
 */
public record UnitData(@PlainText(max = 200) String name, UnitKind kind, @PlainText(max = 200) String faculty,
                       @PlainText(max = 200) String department, @PlainText(max = 1000, multiLine = true) String sites,
                       @PlainText(max = 1000, multiLine = true) String buildings, @PlainText(max = 1000, multiLine = true) String rooms,
                       @PlainText(max = 200) String headName, @PlainText(max = 254) String headEmail,
                       @PlainText(max = 200) String contactName, @PlainText(max = 254) String contactEmail,
                       @PlainText(max = 4000, multiLine = true) String measuresPhysical,
                       @PlainText(max = 4000, multiLine = true) String measuresDigital,
                       @PlainText(max = 4000, multiLine = true) String measuresOrganisational, List<@Valid UnitEntry> entries) {

    public UnitData {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
