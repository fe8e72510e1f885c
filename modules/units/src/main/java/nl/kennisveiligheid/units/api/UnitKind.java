package nl.kennisveiligheid.units.api;

/** What kind of organisational part a high-risk unit is. */
public enum UnitKind {
    RESEARCH_GROUP,
    LABORATORY,
    PROJECT,
    PROGRAMME,
    FACILITY
}
