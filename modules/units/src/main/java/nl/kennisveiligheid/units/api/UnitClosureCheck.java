package nl.kennisveiligheid.units.api;

import java.util.List;
import nl.kennisveiligheid.platform.api.Text;

/**
 * Extension point: before a unit is closed, every implementation (later modules: open screening requests,
 * valid access decisions) names what still depends on it. Closing is then refused naming them; the institution
 * may still close, deliberately, by confirming (audited with the number of dependents). Implement as a CDI bean.
 */
public interface UnitClosureCheck {

    /**
     * Something that still depends on a unit.
     *
     * @param description what it is, in the implementing module's bundle (put into words in the reader's language)
     * @param link        the page that shows it, from the application root (e.g. {@code /screening/request.xhtml?id=7}), or {@code null}
     */
    record Dependent(Text description, String link) {
    }

    /** What still depends on the unit; empty when nothing does. Called for the unit's own institution only. */
    List<Dependent> dependents(long unitId);
}
