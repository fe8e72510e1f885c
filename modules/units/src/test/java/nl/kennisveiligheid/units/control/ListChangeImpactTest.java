package nl.kennisveiligheid.units.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.kennisveiligheid.techlist.api.EntryChange.Kind;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitEntry;
import org.junit.jupiter.api.Test;

class ListChangeImpactTest {

    private static final List<UnitEntry> QUANTUM_LAB = List.of(new UnitEntry("q", "3", "sensoren"), new UnitEntry("ai", "1", "modellen"));

    @Test
    void aUnitWhoseEntriesDidNotChangeMovesAlong() {
        List<ListChangeImpact.Change> changes = List.of(new ListChangeImpact.Change("chips", Kind.CHANGED, "2", "2", "titleNl"),
                new ListChangeImpact.Change("q", Kind.ADDED, null, "3", ""));
        assertEquals(List.of(), ListChangeImpact.affecting(QUANTUM_LAB, changes), "other entries and additions never touch it");
    }

    @Test
    void removedChangedOrMovedEntriesOfTheUnitNeedItsReview() {
        List<ListChangeImpact.Change> changes = List.of(new ListChangeImpact.Change("q", Kind.MOVED, "3", "4", "code"),
                new ListChangeImpact.Change("ai", Kind.REMOVED, "1", null, ""), new ListChangeImpact.Change("x", Kind.REMOVED, "9", null, ""));
        List<ListChangeImpact.Change> affecting = ListChangeImpact.affecting(QUANTUM_LAB, changes);
        assertEquals(2, affecting.size());
        ReviewNote note = ListChangeImpact.note("ANNEX2", 2, affecting);
        assertEquals("ANNEX2 v2\nMOVED 3 -> 4 (code)\nREMOVED 1", note.format());
        assertEquals(note, ReviewNote.parse(note.format()), "the stored form reads back to the same note");
    }

    @Test
    void aStoredNoteReadsBackWithFieldsAndSkipsWhatItDoesNotKnow() {
        ReviewNote note = ReviewNote.parse("ANNEX2 v7\nCHANGED 3.1 (titleNl,descriptionEn)\nSOMETHING else\nREMOVED 9");
        assertEquals("ANNEX2", note.listCode());
        assertEquals(7, note.listVersion());
        assertEquals(List.of(new ReviewNote.Change(ReviewNote.Kind.CHANGED, "3.1", null, List.of("titleNl", "descriptionEn")),
                new ReviewNote.Change(ReviewNote.Kind.REMOVED, "9", null, List.of())), note.changes());
    }

    @Test
    void aUnitStillWaitingForReviewKeepsTheChangesItHasNotSeen() {
        ReviewNote first = ReviewNote.parse("ANNEX2 v2\nREMOVED 7");
        ReviewNote second = ReviewNote.parse("ANNEX2 v3\nCHANGED 3 (titleEn)\nREMOVED 7");
        assertEquals("ANNEX2 v3\nREMOVED 7\nCHANGED 3 (titleEn)", first.followedBy(second).format());
    }
}
