package nl.kennisveiligheid.decisions.api;

/** What the assessor found for one indicator group. */
public enum Finding {
    NO_SIGNAL,
    SIGNAL,
    SERIOUS_SIGNAL
}
