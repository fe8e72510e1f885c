package nl.kennisveiligheid.signals.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationChange;

/**
 * The difference between two editions of one list, designation by designation (matched by the publisher's
 * reference): added, removed, and changed with the parts that changed ({@code names}, {@code kind}, {@code regime}, {@code riskLevel},
 * {@code listedOn}, {@code birthDates}, {@code birthPlaces}, {@code nationalities}).
 */
public final class EditionComparison {

    private EditionComparison() {
    }

    /** The changes from {@code before} to {@code after}, by kind of change and reference. */
    public static List<DesignationChange> compare(List<Designation> before, List<Designation> after) {
        Map<String, Designation> old = byReference(before);
        Map<String, Designation> now = byReference(after);
        List<DesignationChange> changes = new ArrayList<>();
        for (Designation designation : now.values()) {
            Designation earlier = old.get(designation.reference());
            if (earlier == null) {
                changes.add(new DesignationChange(DesignationChange.Kind.ADDED, designation.reference(), designation.kind(),
                        designation.primaryName(), List.of()));
            } else {
                List<String> parts = changedParts(earlier, designation);
                if (!parts.isEmpty()) {
                    changes.add(new DesignationChange(DesignationChange.Kind.CHANGED, designation.reference(), designation.kind(),
                            designation.primaryName(), parts));
                }
            }
        }
        for (Designation designation : old.values()) {
            if (!now.containsKey(designation.reference())) {
                changes.add(new DesignationChange(DesignationChange.Kind.REMOVED, designation.reference(), designation.kind(),
                        designation.primaryName(), List.of()));
            }
        }
        changes.sort(Comparator.comparing(DesignationChange::change).thenComparing(DesignationChange::reference));
        return changes;
    }

    /** The parts of a designation that differ between two editions. */
    static List<String> changedParts(Designation a, Designation b) {
        List<String> parts = new ArrayList<>();
        if (!new HashSet<>(names(a)).equals(new HashSet<>(names(b)))) {
            parts.add("names");
        }
        if (a.kind() != b.kind()) {
            parts.add("kind");
        }
        if (!Objects.equals(a.regime(), b.regime())) {
            parts.add("regime");
        }
        if (!Objects.equals(a.riskLevel(), b.riskLevel())) {
            parts.add("riskLevel");
        }
        if (!Objects.equals(a.listedOn(), b.listedOn())) {
            parts.add("listedOn");
        }
        if (!new HashSet<>(a.birthDates()).equals(new HashSet<>(b.birthDates()))) {
            parts.add("birthDates");
        }
        if (!new HashSet<>(a.birthPlaces()).equals(new HashSet<>(b.birthPlaces()))) {
            parts.add("birthPlaces");
        }
        if (!new HashSet<>(a.nationalities()).equals(new HashSet<>(b.nationalities()))) {
            parts.add("nationalities");
        }
        return parts;
    }

    private static List<String> names(Designation designation) {
        return designation.names().stream().map(n -> n.quality() + ":" + n.name()).toList();
    }

    private static Map<String, Designation> byReference(List<Designation> designations) {
        Map<String, Designation> out = new LinkedHashMap<>();
        for (Designation designation : designations) {
            out.putIfAbsent(designation.reference(), designation);
        }
        return out;
    }

}
