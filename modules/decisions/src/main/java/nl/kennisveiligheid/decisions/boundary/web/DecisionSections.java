package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kennisveiligheid.screening.api.RequestSection;
import nl.kennisveiligheid.units.api.UnitAccessSection;

/** The decisions' sections on pages of earlier modules: the decision on a request's page, who may enter on a unit's page. */
public final class DecisionSections {

    private DecisionSections() {
    }

    /** The section "Decision" on a request's page. */
    @ApplicationScoped
    public static class OnRequest implements RequestSection {
        @Override
        public String fragment() {
            return "/WEB-INF/decisions/request-decision.xhtml";
        }
    }

    /** The section "People with access" on a unit's page. */
    @ApplicationScoped
    public static class OnUnit implements UnitAccessSection {
        @Override
        public String fragment() {
            return "/WEB-INF/decisions/unit-access.xhtml";
        }
    }
}
