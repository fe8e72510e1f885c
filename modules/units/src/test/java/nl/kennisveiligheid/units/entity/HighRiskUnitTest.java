package nl.kennisveiligheid.units.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitKind;
import nl.kennisveiligheid.units.api.UnitStatus;
import org.junit.jupiter.api.Test;

/** The unit guards its own life: which step may follow which, and which version each step gives. No database. */
class HighRiskUnitTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static UnitData data(String name, String... codes) {
        return new UnitData(name, UnitKind.LABORATORY, "Faculteit", null, "Campus Noord", null, null, "Prof. A. de Vries",
                "a.devries@example.org", null, null, "Badge", null, null,
                java.util.Arrays.stream(codes).map(c -> new UnitEntry("key-" + c, c, "reason " + c)).toList());
    }

    /** A unit as stored: the database gives it an id. */
    private static UnitVersion stored(UnitVersion first) {
        try {
            java.lang.reflect.Field id = HighRiskUnit.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(first.getUnit(), NEXT_ID[0]++);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return first;
    }

    private static final long[] NEXT_ID = {1};

    private static Recording byUser(String note, int listVersion) {
        return Recording.byUser(AT, "officer.uni", note, "ANNEX2", listVersion);
    }

    @Test
    void aNewUnitIsADraftWithVersionOne() {
        UnitVersion first = stored(HighRiskUnit.create(7L, data("Kwantumlab", "3.1", "7"), byUser(null, 1), null));
        HighRiskUnit unit = first.getUnit();
        assertEquals(UnitStatus.DRAFT, unit.getStatus());
        assertEquals(1, first.getNumber());
        assertEquals(1, unit.getCurrentVersion());
        assertEquals("3, 7", unit.summary().clusters());
        assertEquals(7L, unit.getInstitutionId());
    }

    @Test
    void aCompleteImportRowIsRegisteredAtOnce() {
        UnitVersion first = stored(HighRiskUnit.create(7L, data("Kwantumlab", "3"), byUser(null, 1), TODAY));
        assertEquals(UnitStatus.REGISTERED, first.getUnit().getStatus());
        assertEquals(UnitStatus.REGISTERED, first.view().status());
        assertEquals(TODAY, first.getUnit().summary().registeredOn());
    }

    @Test
    void aDraftChangesInPlaceAndARegisteredUnitGetsTheNextVersion() {
        UnitVersion first = stored(HighRiskUnit.create(7L, data("Kwantumlab", "3"), byUser(null, 1), null));
        HighRiskUnit unit = first.getUnit();

        UnitVersion edited = unit.change(first, data("Kwantumlab 2", "3", "11"), byUser("draft edit", 1));
        assertSame(first, edited, "a draft's only version is rewritten");
        assertEquals(1, unit.getCurrentVersion());
        assertEquals("Kwantumlab 2", unit.summary().name());

        unit.register(edited, byUser(null, 1), TODAY);
        assertEquals(UnitStatus.REGISTERED, unit.getStatus());
        assertEquals(1, unit.getCurrentVersion(), "registering records the draft's version again, no new number");

        UnitVersion second = unit.change(edited, data("Kwantumlab 3", "3"), byUser("room added", 2));
        assertEquals(2, second.getNumber());
        assertEquals(2, unit.getCurrentVersion());
        assertEquals("room added", second.view().changeNote());
        assertEquals(2, second.getListVersion());
        assertEquals("3", unit.summary().clusters());
    }

    @Test
    void onlyTheCurrentVersionCanBeBuiltOn() {
        UnitVersion first = stored(HighRiskUnit.create(7L, data("Kwantumlab", "3"), byUser(null, 1), TODAY));
        HighRiskUnit unit = first.getUnit();
        unit.change(first, data("Kwantumlab", "3", "7"), byUser(null, 1));
        assertThrows(IllegalArgumentException.class, () -> unit.change(first, data("Stale", "3"), byUser(null, 1)),
                "version 1 is no longer the current one");
        UnitVersion other = stored(HighRiskUnit.create(8L, data("Ander lab", "3"), byUser(null, 1), TODAY));
        assertThrows(IllegalArgumentException.class, () -> unit.change(other, data("Mixed", "3"), byUser(null, 1)));
    }

    @Test
    void onlyADraftRegistersAndOnlyARegisteredUnitCloses() {
        UnitVersion first = stored(HighRiskUnit.create(7L, data("Kwantumlab", "3"), byUser(null, 1), null));
        HighRiskUnit unit = first.getUnit();
        Refusal notRegistered = assertThrows(Refusal.class, () -> unit.close(first, byUser(null, 1), TODAY, "stopped"));
        assertEquals(Refusal.Kind.CONFLICT, notRegistered.kind());
        assertEquals("error.notRegistered", notRegistered.messageKey());

        unit.register(first, byUser(null, 1), TODAY);
        Refusal notDraft = assertThrows(Refusal.class, () -> unit.register(first, byUser(null, 1), TODAY));
        assertEquals("error.notDraft", notDraft.messageKey());

        UnitVersion closed = unit.close(first, byUser(null, 1), TODAY.plusDays(1), "Project ended");
        assertEquals(2, closed.getNumber());
        assertEquals(UnitStatus.CLOSED, closed.view().status());
        assertEquals("Project ended", closed.view().changeNote());
        assertEquals("Project ended", unit.getCloseReason());
        assertEquals(TODAY.plusDays(1), unit.summary().closedOn());

        Refusal changeClosed = assertThrows(Refusal.class, () -> unit.change(closed, data("Again", "3"), byUser(null, 1)));
        assertEquals("error.closed", changeClosed.messageKey());
        assertThrows(IllegalStateException.class, () -> unit.followList(closed, Recording.bySystem(AT, "v2", "ANNEX2", 2)));
    }

    @Test
    void followingAListChangeMovesADraftInPlaceAndGivesARegisteredUnitASystemVersion() {
        UnitVersion draft = stored(HighRiskUnit.create(7L, data("Concept", "3"), byUser(null, 1), null));
        UnitVersion moved = draft.getUnit().followList(draft, Recording.bySystem(AT, "Annex 2 v2", "ANNEX2", 2));
        assertSame(draft, moved);
        assertEquals(2, moved.getListVersion());
        assertEquals(1, draft.getUnit().getCurrentVersion());

        UnitVersion registered = stored(HighRiskUnit.create(7L, data("Kwantumlab", "3"), byUser(null, 1), TODAY));
        UnitVersion followed = registered.getUnit().followList(registered, Recording.bySystem(AT, "Annex 2 v2", "ANNEX2", 2));
        assertEquals(2, followed.getNumber());
        assertTrue(followed.view().bySystem());
        assertEquals(Recording.SYSTEM, followed.view().recordedBy());
        assertEquals(2, followed.getListVersion());
        assertEquals(registered.data(), followed.data(), "the content stays as it was");
    }

    @Test
    void aUnitWaitingForReviewIsNotCarriedAlongAndCollectsLaterChangesUntilItIsEdited() {
        UnitVersion first = stored(HighRiskUnit.create(7L, data("Kwantumlab", "3"), byUser(null, 1), TODAY));
        HighRiskUnit unit = first.getUnit();
        ReviewNote v2 = new ReviewNote("ANNEX2", 2, List.of(new ReviewNote.Change(ReviewNote.Kind.CHANGED, "3", null, List.of("titleNl"))));
        ReviewNote v3 = new ReviewNote("ANNEX2", 3, List.of(new ReviewNote.Change(ReviewNote.Kind.MOVED, "3", "4", List.of())));
        unit.markForReview(v2);
        unit.markForReview(v3);
        assertTrue(unit.isReviewNeeded());
        ReviewNote note = ReviewNote.parse(unit.getReviewNote());
        assertEquals(2, note.changes().size(), "both changes are kept: " + unit.getReviewNote());
        assertThrows(IllegalStateException.class, () -> unit.followList(first, Recording.bySystem(AT, "v3", "ANNEX2", 3)));

        UnitVersion edited = unit.change(first, data("Kwantumlab", "4"), byUser("entry moved", 3));
        assertEquals(2, edited.getNumber());
        assertFalse(unit.isReviewNeeded());
        assertNull(unit.getReviewNote());
    }
}
