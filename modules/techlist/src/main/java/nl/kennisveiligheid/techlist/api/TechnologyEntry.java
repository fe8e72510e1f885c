package nl.kennisveiligheid.techlist.api;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a list version: a cluster ({@code 3}) or a sub-area ({@code 3.2}).
 *
 * @param key           stable key that survives renumbering, so versions compare entry by entry
 * @param code          hierarchical code, unique within the version
 * @param parentKey     the key of the parent entry, or {@code null} for a cluster
 * @param titleNl       title in Dutch
 * @param titleEn       title in English
 * @param descriptionNl description in Dutch, or {@code null}
 * @param descriptionEn description in English, or {@code null}
 * @param references    references such as EU dual-use control codes ({@code 3A001}); may be empty
 * @param retired       retired in this version: kept so that earlier references resolve, no longer in force
 */
public record TechnologyEntry(String key, String code, String parentKey, String titleNl, String titleEn,
                              String descriptionNl, String descriptionEn, List<String> references, boolean retired) {

    public TechnologyEntry {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The title in the given language ({@code en} gives English, anything else Dutch). */
    public String title(String language) {
        return "en".equals(language) ? titleEn : titleNl;
    }

    public String description(String language) {
        return "en".equals(language) ? descriptionEn : descriptionNl;
    }

    /** Whether two entries say the same, field by field (the key aside). */
    public boolean sameContentAs(TechnologyEntry other) {
        return Objects.equals(code, other.code) && Objects.equals(parentKey, other.parentKey)
                && Objects.equals(titleNl, other.titleNl) && Objects.equals(titleEn, other.titleEn)
                && Objects.equals(descriptionNl, other.descriptionNl) && Objects.equals(descriptionEn, other.descriptionEn)
                && references.equals(other.references) && retired == other.retired;
    }
}
