package nl.kennisveiligheid.techlist.control;

import nl.kennisveiligheid.techlist.api.CodeOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.kennisveiligheid.techlist.api.EntryChange;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    static TechnologyEntry entry(String key, String code, String parent, String title) {
        return new TechnologyEntry(key, code, parent, title, title + " (en)", null, null, List.of(), false);
    }

    private static final TechnologyEntry AI = entry("ai", "1", null, "AI");
    private static final TechnologyEntry QUANTUM = entry("q", "2", null, "Kwantum");
    private static final TechnologyEntry SENSING = entry("qs", "2.1", "q", "Kwantumsensoren");

    @Test
    void sameContentGivesNoChanges() {
        assertEquals(List.of(), VersionDiff.between(List.of(AI, QUANTUM, SENSING), List.of(SENSING, QUANTUM, AI)));
    }

    @Test
    void namesAddedRemovedChangedAndMovedEntriesByKey() {
        TechnologyEntry renamed = new TechnologyEntry("ai", "1", null, "Artificiële intelligentie", "AI (en)", null, null, List.of("4A003"), false);
        TechnologyEntry renumbered = entry("qs", "3.1", "chips", "Kwantumsensoren");
        TechnologyEntry chips = entry("chips", "3", null, "Chips");
        List<EntryChange> changes = VersionDiff.between(List.of(AI, QUANTUM, SENSING), List.of(renamed, chips, renumbered));

        assertEquals(4, changes.size(), changes.toString());
        assertEquals(new EntryChange(EntryChange.Kind.CHANGED, "ai", AI, renamed, Set.of("titleNl", "references")), changes.get(0));
        assertEquals(EntryChange.Kind.ADDED, changes.get(1).kind());
        assertEquals("chips", changes.get(1).key());
        assertEquals(EntryChange.Kind.MOVED, changes.get(2).kind());
        assertEquals(Set.of("code", "parent"), changes.get(2).changedFields());
        assertEquals(new EntryChange(EntryChange.Kind.REMOVED, "q", QUANTUM, null, Set.of()), changes.get(3));
    }

    @Test
    void retiringCountsAsRemovedAndStayingRetiredIsNoChange() {
        TechnologyEntry retired = new TechnologyEntry("qs", "2.1", "q", "Kwantumsensoren", "Kwantumsensoren (en)", null, null, List.of(), true);
        List<EntryChange> changes = VersionDiff.between(List.of(QUANTUM, SENSING), List.of(QUANTUM, retired));
        assertEquals(1, changes.size());
        assertEquals(EntryChange.Kind.REMOVED, changes.get(0).kind());
        assertEquals(Set.of("retired"), changes.get(0).changedFields());
        assertTrue(VersionDiff.between(List.of(QUANTUM, retired), List.of(QUANTUM, retired)).isEmpty());
    }

    @Test
    void codesSortAsPeopleReadThem() {
        List<String> codes = new java.util.ArrayList<>(List.of("10", "2", "3.10", "3.2", "3", "3.1"));
        codes.sort(CodeOrder.COMPARATOR);
        assertEquals(List.of("2", "3", "3.1", "3.2", "3.10", "10"), codes);
    }
}
