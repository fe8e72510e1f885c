package nl.kennisveiligheid.screening.api;

/**
 * Extension point: a section on a request's page below the request itself, filled by a later module (decisions: the
 * assessment and the decision) without {@code screening} depending on it. Implement as a CDI bean naming a Facelets
 * fragment; the fragment receives the request's id as {@code requestId} and brings its own form.
 */
public interface RequestSection {

    /** The fragment to include, e.g. {@code /WEB-INF/decisions/request-decision.xhtml}. */
    String fragment();

    /** The order among sections (lower first). */
    default int order() {
        return 100;
    }
}
