package nl.kennisveiligheid.techlist.api;

/**
 * A technology list: Annex 2 (binding) or a reference list (non-binding).
 *
 * @param code    stable code, e.g. {@code ANNEX2}
 * @param binding whether screening rests on it (only Annex 2)
 */
public record TechnologyListSummary(long id, String code, String nameNl, String nameEn, boolean binding) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameNl;
    }
}
