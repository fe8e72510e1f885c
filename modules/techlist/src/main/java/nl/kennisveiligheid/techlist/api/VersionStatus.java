package nl.kennisveiligheid.techlist.api;

/** What is stored about a version: still being edited, or published (its content then never changes). */
public enum VersionStatus {
    DRAFT,
    PUBLISHED
}
