package nl.kennisveiligheid.techlist.control;

import nl.kennisveiligheid.platform.api.validation.TextRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;

/**
 * The rules every version's entries keep: codes well-formed and unique, keys unique, both languages filled,
 * no markup, parents that exist, no cycles, a child's code under its parent's, no live child under a retired
 * parent. Pure: gives every problem found, each with the entry's key, the field and a message key of the
 * techlist bundle.
 */
public final class EntryValidation {

    /** A problem with one field of one entry ({@code field} is a field name, or {@code null} for the entry as a whole). */
    public record Problem(String key, String code, String field, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }
    }

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,6}(\\.[0-9A-Za-z]{1,6}){0,4}");
    static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?]|&#?[a-zA-Z0-9]+;");
    static final int KEY_MAX = 40;
    static final int TITLE_MAX = 300;
    static final int DESCRIPTION_MAX = 4000;
    static final int REFERENCES_MAX = 500;

    private EntryValidation() {
    }

    public static List<Problem> validate(List<TechnologyEntry> entries) {
        List<Problem> problems = new ArrayList<>();
        Map<String, TechnologyEntry> byKey = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (TechnologyEntry entry : entries) {
            if (entry.key() == null || entry.key().isBlank() || byKey.putIfAbsent(entry.key(), entry) != null) {
                problems.add(new Problem(entry.key(), entry.code(), "key", "validation.key.duplicate", List.of()));
            }
            String code = entry.code() == null ? "" : entry.code();
            if (!CODE.matcher(code).matches()) {
                problems.add(new Problem(entry.key(), entry.code(), "code", "validation.code.format", List.of(code)));
            } else if (!codes.add(code.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new Problem(entry.key(), entry.code(), "code", "validation.code.duplicate", List.of(code)));
            }
            if (entry.key() != null) {
                TextRules.problem(entry.key(), KEY_MAX, false)
                        .ifPresent(key -> problems.add(new Problem(entry.key(), entry.code(), "key", key, List.of(KEY_MAX))));
            }
            text(problems, entry, "titleNl", entry.titleNl(), true, TITLE_MAX, false);
            text(problems, entry, "titleEn", entry.titleEn(), true, TITLE_MAX, false);
            text(problems, entry, "descriptionNl", entry.descriptionNl(), false, DESCRIPTION_MAX, true);
            text(problems, entry, "descriptionEn", entry.descriptionEn(), false, DESCRIPTION_MAX, true);
            entry.references().stream().map(r -> TextRules.characterProblem(r == null ? "" : r, false)).flatMap(java.util.Optional::stream)
                    .findFirst().ifPresent(key -> problems.add(new Problem(entry.key(), entry.code(), "references", key, List.of())));
            String references = String.join(", ", entry.references());
            if (references.length() > REFERENCES_MAX) {
                problems.add(new Problem(entry.key(), entry.code(), "references", "validation.references.length", List.of(REFERENCES_MAX)));
            }
            if (entry.references().stream().anyMatch(r -> MARKUP.matcher(r).find())) {
                problems.add(new Problem(entry.key(), entry.code(), "references", "validation.markup", List.of()));
            }
        }
        for (TechnologyEntry entry : entries) {
            if (entry.parentKey() == null) {
                if (entry.code() != null && CODE.matcher(entry.code()).matches() && entry.code().contains(".")) {
                    problems.add(new Problem(entry.key(), entry.code(), "parent", "validation.parent.required", List.of(entry.code())));
                }
                continue;
            }
            TechnologyEntry parent = byKey.get(entry.parentKey());
            if (parent == null) {
                problems.add(new Problem(entry.key(), entry.code(), "parent", "validation.parent.missing", List.of()));
                continue;
            }
            if (inCycle(entry, byKey)) {
                problems.add(new Problem(entry.key(), entry.code(), "parent", "validation.parent.cycle", List.of()));
                continue;
            }
            if (entry.code() != null && parent.code() != null && !isDirectChildCode(parent.code(), entry.code())) {
                problems.add(new Problem(entry.key(), entry.code(), "code", "validation.code.underParent", List.of(parent.code())));
            }
            if (parent.retired() && !entry.retired()) {
                problems.add(new Problem(entry.key(), entry.code(), "retired", "validation.parent.retired", List.of(parent.code())));
            }
        }
        return problems;
    }

    /** {@code 3.2} is a direct child code of {@code 3}; {@code 3.2.1} and {@code 4.1} are not. */
    static boolean isDirectChildCode(String parentCode, String childCode) {
        return childCode.regionMatches(true, 0, parentCode + ".", 0, parentCode.length() + 1)
                && childCode.indexOf('.', parentCode.length() + 1) < 0;
    }

    private static boolean inCycle(TechnologyEntry start, Map<String, TechnologyEntry> byKey) {
        Set<String> seen = new HashSet<>();
        TechnologyEntry current = start;
        while (current != null && current.parentKey() != null) {
            if (!seen.add(current.key())) {
                return true;
            }
            current = byKey.get(current.parentKey());
        }
        return false;
    }

    private static void text(List<Problem> problems, TechnologyEntry entry, String field, String value, boolean required, int max,
                             boolean multiLine) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(entry.key(), entry.code(), field, "validation.required", List.of()));
            }
            return;
        }
        TextRules.problem(value, max, multiLine).ifPresent(key -> problems.add(new Problem(entry.key(), entry.code(), field, key, List.of(max))));
        if (MARKUP.matcher(value).find()) {
            problems.add(new Problem(entry.key(), entry.code(), field, "validation.markup", List.of()));
        }
    }
}
