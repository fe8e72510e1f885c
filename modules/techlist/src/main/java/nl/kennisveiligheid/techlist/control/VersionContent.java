package nl.kennisveiligheid.techlist.control;

import nl.kennisveiligheid.techlist.api.CodeOrder;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;

/**
 * The entries of one version in code order, with a search index. Immutable: a published version's content
 * is built once and kept in the cache under that version.
 */
public final class VersionContent {

    private final List<TechnologyEntry> entries;
    private final Map<String, TechnologyEntry> byKey;
    private final String[] codes;
    private final String[] texts;

    public VersionContent(List<TechnologyEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(TechnologyEntry::code, CodeOrder.COMPARATOR)).toList();
        this.byKey = this.entries.stream().collect(Collectors.toMap(TechnologyEntry::key, e -> e, (a, b) -> a, LinkedHashMap::new));
        this.codes = this.entries.stream().map(e -> e.code().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        this.texts = this.entries.stream().map(VersionContent::searchText).toArray(String[]::new);
    }

    public List<TechnologyEntry> entries() {
        return entries;
    }

    public Optional<TechnologyEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Code prefix, or all words in the titles, descriptions or references of either language. */
    public List<TechnologyEntry> search(String query, int limit) {
        String normalized = normalize(query == null ? "" : query).trim();
        if (normalized.isEmpty()) {
            return entries.stream().limit(limit).toList();
        }
        String[] words = normalized.split("\\s+");
        return java.util.stream.IntStream.range(0, entries.size())
                .filter(i -> codes[i].startsWith(normalized) || Arrays.stream(words).allMatch(texts[i]::contains))
                .limit(limit).mapToObj(entries::get).toList();
    }

    private static String searchText(TechnologyEntry e) {
        return normalize(String.join(" ", e.code(), e.titleNl(), e.titleEn(),
                e.descriptionNl() == null ? "" : e.descriptionNl(), e.descriptionEn() == null ? "" : e.descriptionEn(),
                String.join(" ", e.references())));
    }

    /** Lower case without accents, so "quantum", "Quantum" and "quàntum" are one word. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
