package nl.kennisveiligheid.techlist.control;

import nl.kennisveiligheid.techlist.api.CodeOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kennisveiligheid.techlist.api.EntryChange;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;

/** Compares two versions of a list entry by entry, matched by stable key. Pure: no database, no clock. */
public final class VersionDiff {

    private VersionDiff() {
    }

    /** What changed from {@code older} to {@code newer}, in the code order of the newer version (removed ones last). */
    public static List<EntryChange> between(List<TechnologyEntry> older, List<TechnologyEntry> newer) {
        Map<String, TechnologyEntry> before = byKey(older);
        Map<String, TechnologyEntry> after = byKey(newer);
        List<EntryChange> changes = new ArrayList<>();
        for (TechnologyEntry now : after.values()) {
            TechnologyEntry then = before.get(now.key());
            if (then == null) {
                if (!now.retired()) {
                    changes.add(new EntryChange(EntryChange.Kind.ADDED, now.key(), null, now, Set.of()));
                }
                continue;
            }
            Set<String> fields = changedFields(then, now);
            if (fields.isEmpty()) {
                continue;
            }
            EntryChange.Kind kind = now.retired() && !then.retired() ? EntryChange.Kind.REMOVED
                    : fields.contains("code") || fields.contains("parent") ? EntryChange.Kind.MOVED
                    : EntryChange.Kind.CHANGED;
            if (now.retired() && then.retired()) {
                continue;
            }
            changes.add(new EntryChange(kind, now.key(), then, now, fields));
        }
        before.values().stream()
                .filter(then -> !after.containsKey(then.key()) && !then.retired())
                .sorted(Comparator.comparing(TechnologyEntry::code, CodeOrder.COMPARATOR))
                .forEach(then -> changes.add(new EntryChange(EntryChange.Kind.REMOVED, then.key(), then, null, Set.of())));
        return changes;
    }

    static Set<String> changedFields(TechnologyEntry then, TechnologyEntry now) {
        Set<String> fields = new LinkedHashSet<>();
        compare(fields, "code", then, now, TechnologyEntry::code);
        compare(fields, "parent", then, now, TechnologyEntry::parentKey);
        compare(fields, "titleNl", then, now, TechnologyEntry::titleNl);
        compare(fields, "titleEn", then, now, TechnologyEntry::titleEn);
        compare(fields, "descriptionNl", then, now, TechnologyEntry::descriptionNl);
        compare(fields, "descriptionEn", then, now, TechnologyEntry::descriptionEn);
        compare(fields, "references", then, now, TechnologyEntry::references);
        compare(fields, "retired", then, now, TechnologyEntry::retired);
        return fields;
    }

    private static void compare(Set<String> fields, String name, TechnologyEntry a, TechnologyEntry b, Function<TechnologyEntry, Object> value) {
        if (!Objects.equals(value.apply(a), value.apply(b))) {
            fields.add(name);
        }
    }

    private static Map<String, TechnologyEntry> byKey(List<TechnologyEntry> entries) {
        return entries.stream().sorted(Comparator.comparing(TechnologyEntry::code, CodeOrder.COMPARATOR))
                .collect(Collectors.toMap(TechnologyEntry::key, e -> e, (a, b) -> a, LinkedHashMap::new));
    }
}
