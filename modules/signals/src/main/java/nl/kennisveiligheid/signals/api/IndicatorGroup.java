package nl.kennisveiligheid.signals.api;

/**
 * The groups of the uniform risk indicators (2025) a signal belongs to: legal frameworks (sanctions), affiliations and
 * type of organisation, field and type of research (the Annex 2 entries), dependence and influence (funding), ethics
 * (academic freedom, democracy).
 */
public enum IndicatorGroup {
    LEGAL,
    AFFILIATIONS,
    FIELD,
    DEPENDENCE,
    ETHICS
}
