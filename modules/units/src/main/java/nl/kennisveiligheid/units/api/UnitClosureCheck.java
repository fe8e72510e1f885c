package nl.kennisveiligheid.units.api;

import java.util.List;

/**
 * Extension point: before a unit is closed, every implementation (later modules: open screening requests,
 * valid access decisions) names what still depends on it. Closing then warns and names them; the institution
 * may still close, deliberately. Implement as a CDI bean.
 */
public interface UnitClosureCheck {

    /** Human-readable items (in the caller's language) that still depend on the unit; empty when none. */
    List<String> dependents(long unitId);
}
