package nl.kennisveiligheid.units.control;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kennisveiligheid.techlist.api.EntryChange;
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

    /**
     * The review note: one line per change, {@code KIND code[ -> new code][ (fields)]}, e.g.
     * {@code REMOVED 3.1} or {@code CHANGED 3 (titleNl,descriptionNl)}; screens show it in the user's language.
     */
    public static String note(int listVersion, List<Change> affecting) {
        StringBuilder note = new StringBuilder("ANNEX2 v").append(listVersion);
        for (Change change : affecting) {
            note.append('\n').append(change.kind()).append(' ').append(change.codeBefore() != null ? change.codeBefore() : change.codeAfter());
            if (change.kind() == EntryChange.Kind.MOVED && change.codeAfter() != null) {
                note.append(" -> ").append(change.codeAfter());
            }
            if (change.fields() != null && !change.fields().isBlank()) {
                note.append(" (").append(change.fields()).append(')');
            }
        }
        return note.toString();
    }
}
