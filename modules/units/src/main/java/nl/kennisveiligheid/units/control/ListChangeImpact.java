package nl.kennisveiligheid.units.control;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kennisveiligheid.techlist.api.EntryChange;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitEntry;

/**
 * What an Annex 2 change means for one unit. Pure.
 *
 * <p>An entry the unit works with that was removed, retired, changed or moved makes the unit "review needed":
 * the institution confirms the unit still applies or edits it. When none of its entries changed, the unit
 * moves along to the new version by itself. Added entries never touch a unit.
 */
public final class ListChangeImpact {

    /** A changed entry as the units module keeps it. */
    public record Change(String entryKey, EntryChange.Kind kind, String codeBefore, String codeAfter, String fields) {
    }

    private ListChangeImpact() {
    }

    /** The changes that touch the unit; empty means it moves along by itself. */
    public static List<Change> affecting(List<UnitEntry> unitEntries, List<Change> changes) {
        Set<String> keys = unitEntries.stream().map(UnitEntry::entryKey).collect(Collectors.toSet());
        return changes.stream().filter(c -> c.kind() != EntryChange.Kind.ADDED && keys.contains(c.entryKey())).toList();
    }

    /** The review note for a unit: the list version and the changes that touch it, in the stored (language-neutral) form. */
    public static ReviewNote note(String listCode, int listVersion, List<Change> affecting) {
        return new ReviewNote(listCode, listVersion, affecting.stream().map(c -> new ReviewNote.Change(
                ReviewNote.Kind.valueOf(c.kind().name()),
                c.codeBefore() != null ? c.codeBefore() : c.codeAfter(),
                c.kind() == EntryChange.Kind.MOVED ? c.codeAfter() : null,
                c.fields() == null || c.fields().isBlank() ? List.of() : List.of(c.fields().split(",")))).toList());
    }
}
