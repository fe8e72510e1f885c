package nl.kennisveiligheid.signals.api;

import java.util.List;

/** How one designation differs between two editions: added, removed, or changed (with the parts that changed). */
public record DesignationChange(Kind change, String reference, SubjectKind kind, String name, List<String> changedParts) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
