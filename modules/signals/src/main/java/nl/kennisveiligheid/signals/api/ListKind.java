package nl.kennisveiligheid.signals.api;

/**
 * What a list names: designations under sanctions (persons and entities), or organisations of concern (military-linked
 * universities, research organisations a government names). Both are read as editions and matched by the same engine;
 * in a signals report a hit on the first is a legal signal, on the second a signal of affiliation or dependence.
 */
public enum ListKind {
    SANCTIONS,
    ORGANISATIONS_OF_CONCERN
}
