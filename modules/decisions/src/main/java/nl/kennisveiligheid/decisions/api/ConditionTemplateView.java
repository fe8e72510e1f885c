package nl.kennisveiligheid.decisions.api;

/** A condition from the authority's catalogue, in Dutch and English. */
public record ConditionTemplateView(String code, String textNl, String textEn, boolean active) {
}
