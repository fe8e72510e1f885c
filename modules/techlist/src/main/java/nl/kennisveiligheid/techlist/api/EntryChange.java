package nl.kennisveiligheid.techlist.api;

import java.util.Set;

/**
 * How one entry differs between two versions, matched by its stable key.
 *
 * @param kind          what happened to it
 * @param key           the entry's stable key
 * @param before        the entry in the older version, or {@code null} when added
 * @param after         the entry in the newer version, or {@code null} when removed from the list altogether
 * @param changedFields the fields that differ: {@code code}, {@code parent}, {@code titleNl}, {@code titleEn},
 *                      {@code descriptionNl}, {@code descriptionEn}, {@code references}, {@code retired}
 */
public record EntryChange(Kind kind, String key, TechnologyEntry before, TechnologyEntry after, Set<String> changedFields) {

    public enum Kind {
        /** New in the newer version. */
        ADDED,
        /** Gone from the newer version, or retired in it: no longer in force. */
        REMOVED,
        /** Same place, other content (titles, descriptions, references). */
        CHANGED,
        /** Another code or parent (renumbered or moved in the tree), perhaps with other content too. */
        MOVED
    }

    public EntryChange {
        changedFields = changedFields == null ? Set.of() : Set.copyOf(changedFields);
    }

    /** The code to show for this change: the new one, or the old one when removed. */
    public String code() {
        return after != null ? after.code() : before.code();
    }
}
