package nl.kennisveiligheid.units.api;

/** A unit's life: being prepared, registered (screening requests may name it), closed (with reason and date). */
public enum UnitStatus {
    DRAFT,
    REGISTERED,
    CLOSED
}
