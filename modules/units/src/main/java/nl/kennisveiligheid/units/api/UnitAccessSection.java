package nl.kennisveiligheid.units.api;

/**
 * Extension point: the section "people with access" on a unit's page, filled by a later module (decisions)
 * without {@code units} depending on it. Implement as a CDI bean naming a Facelets fragment that receives the
 * unit's id as {@code unitId}.
 */
public interface UnitAccessSection {

    /** The fragment to include, e.g. {@code /WEB-INF/decisions/unit-access.xhtml}. */
    String fragment();
}
