package nl.kennisveiligheid.units.entity;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Who records a unit's version, when, why, and against which list version of Annex 2.
 *
 * @param at        when (UTC)
 * @param by        the user's name, or {@link #SYSTEM}
 * @param bySystem  recorded by the product itself (following Annex 2), not by a person
 * @param note      the change note for the history, or {@code null}
 * @param listCode  the technology list the unit's entries come from
 * @param listVersion that list's version number
 */
public record Recording(OffsetDateTime at, String by, boolean bySystem, String note, String listCode, int listVersion) {

    /** The name under which the product itself records versions. */
    public static final String SYSTEM = "system";

    public Recording {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(listCode, "listCode");
    }

    /** A person's change. */
    public static Recording byUser(OffsetDateTime at, String user, String note, String listCode, int listVersion) {
        return new Recording(at, user, false, note, listCode, listVersion);
    }

    /** The product moving a unit along to a new list version. */
    public static Recording bySystem(OffsetDateTime at, String note, String listCode, int listVersion) {
        return new Recording(at, SYSTEM, true, note, listCode, listVersion);
    }

    /** The same recording against the list version a unit is already on. */
    public Recording onList(String code, int version) {
        return new Recording(at, by, bySystem, note, code, version);
    }

    /** The same recording with another note. */
    public Recording withNote(String newNote) {
        return new Recording(at, by, bySystem, newNote, listCode, listVersion);
    }
}
