package nl.kennisveiligheid.techlist.control;

import static nl.kennisveiligheid.platform.api.validation.TextRules.blankToNull;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.kennisveiligheid.platform.api.validation.JsonNesting;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kennisveiligheid.platform.api.CsvUpload;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;

/**
 * Reads a CSV or JSON file (format in {@code docs/techlist-formats.md}) into the entries of a draft: every
 * problem with its line number, nothing kept unless the whole file is valid. Pure: the caller gives the
 * draft's current entries (to keep the keys of entries matched by code) and the size limit.
 */
public final class ListImport {

    /** A problem on a line of the file ({@code line} 0: the file as a whole). */
    public record Problem(int line, String field, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }
    }

    /** What the file holds: the entries when valid, otherwise the problems. */
    public record Result(List<TechnologyEntry> entries, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** One entry as read, before keys and parents are resolved. */
    private record Row(int line, String key, String code, String parentCode, String titleNl, String titleEn, String descriptionNl,
                       String descriptionEn, List<String> references, boolean retired) {
    }

    static final Set<String> REQUIRED_COLUMNS = Set.of("code", "title_nl", "title_en");
    static final Set<String> KNOWN_COLUMNS = Set.copyOf(Arrays.asList(ListFormats.CSV_COLUMNS));

    private ListImport() {
    }

    /**
     * Reads {@code content}: JSON when the name ends in {@code .json} or the content starts with {@code {} or
     * {@code [}, CSV otherwise.
     */
    public static Result read(byte[] content, String fileName, long maxBytes, List<TechnologyEntry> current) {
        List<CsvUpload.Problem> uploadProblems = new ArrayList<>();
        java.util.Optional<String> decoded = CsvUpload.decode(content, maxBytes, uploadProblems);
        if (decoded.isEmpty()) {
            return new Result(List.of(), problems(uploadProblems));
        }
        String text = decoded.get();
        String trimmed = text.stripLeading();
        boolean json = (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")) || trimmed.startsWith("{") || trimmed.startsWith("[");
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = json ? json(text, problems) : csv(text, problems);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        if (rows.isEmpty()) {
            return failed(new Problem(0, null, "import.noEntries", List.of()));
        }
        return resolve(rows, current);
    }

    private static Result resolve(List<Row> rows, List<TechnologyEntry> current) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> currentKeyByCode = new HashMap<>();
        Set<String> currentKeys = new HashSet<>();
        current.forEach(e -> {
            currentKeyByCode.put(e.code().toLowerCase(Locale.ROOT), e.key());
            currentKeys.add(e.key());
        });
        Map<String, String> keyByCode = new HashMap<>();
        Map<String, Integer> lineByKey = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (Row row : rows) {
            String key = row.key() != null && !row.key().isBlank() ? row.key().trim()
                    : currentKeyByCode.getOrDefault(row.code().toLowerCase(Locale.ROOT), UUID.randomUUID().toString());
            if (key.length() > 40) {
                problems.add(new Problem(row.line(), "key", "import.key.length", List.of()));
            }
            keys.add(key);
            keyByCode.putIfAbsent(row.code().toLowerCase(Locale.ROOT), key);
            lineByKey.putIfAbsent(key, row.line());
        }
        List<TechnologyEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String parentKey = null;
            if (row.parentCode() != null && !row.parentCode().isBlank()) {
                parentKey = keyByCode.get(row.parentCode().trim().toLowerCase(Locale.ROOT));
                if (parentKey == null) {
                    problems.add(new Problem(row.line(), "parent_code", "import.parent.unknown", List.of(row.parentCode().trim())));
                }
            }
            entries.add(new TechnologyEntry(keys.get(i), row.code(), parentKey, row.titleNl(), row.titleEn(), blankToNull(row.descriptionNl()),
                    blankToNull(row.descriptionEn()), row.references(), row.retired()));
        }
        Map<String, Integer> lineOfCode = new HashMap<>();
        for (Row row : rows) {
            lineOfCode.putIfAbsent(row.code().toLowerCase(Locale.ROOT), row.line());
        }
        for (EntryValidation.Problem p : EntryValidation.validate(entries)) {
            int line = lineByKey.getOrDefault(p.key(), 0);
            if (p.messageKey().equals("validation.code.duplicate") || p.messageKey().equals("validation.key.duplicate")) {
                line = rows.stream().filter(r -> r.code() != null && r.code().equalsIgnoreCase(p.code())).skip(1).findFirst()
                        .map(Row::line).orElse(line);
            }
            problems.add(new Problem(line, p.field(), p.messageKey(), p.arguments()));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return problems.isEmpty() ? new Result(entries, List.of()) : new Result(List.of(), problems);
    }

    private static List<Row> csv(String text, List<Problem> problems) {
        List<CsvUpload.Problem> uploadProblems = new ArrayList<>();
        List<CsvUpload.Row> records = CsvUpload.parse(text, REQUIRED_COLUMNS, KNOWN_COLUMNS, uploadProblems);
        problems.addAll(problems(uploadProblems));
        return records.stream().map(r -> new Row(r.line(), r.get("key"), r.get("code"), r.get("parent_code"), r.get("title_nl"),
                r.get("title_en"), r.get("description_nl"), r.get("description_en"), references(r.get("references")),
                bool(r.get("retired")))).toList();
    }

    private static List<Problem> problems(List<CsvUpload.Problem> uploadProblems) {
        return uploadProblems.stream().map(p -> new Problem(p.line(), p.field(), p.messageKey(), p.arguments())).toList();
    }

    private static List<Row> json(String text, List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        JsonValue document;
        if (JsonNesting.tooDeep(text)) {
            problems.add(new Problem(0, null, "import.json.depth", List.of(JsonNesting.MAX_DEPTH)));
            return rows;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            document = reader.readValue();
        } catch (JsonParsingException e) {
            problems.add(new Problem(e.getLocation() == null ? 0 : (int) e.getLocation().getLineNumber(), null, "import.json.syntax", List.of()));
            return rows;
        } catch (JsonException e) {
            problems.add(new Problem(0, null, "import.json.syntax", List.of()));
            return rows;
        }
        JsonArray entries = document.getValueType() == JsonValue.ValueType.ARRAY ? document.asJsonArray()
                : document.getValueType() == JsonValue.ValueType.OBJECT && document.asJsonObject().get("entries") instanceof JsonArray array ? array
                : null;
        if (entries == null) {
            problems.add(new Problem(0, null, "import.json.shape", List.of()));
            return rows;
        }
        for (int i = 0; i < entries.size(); i++) {
            int number = i + 1;
            if (!(entries.get(i) instanceof JsonObject entry)) {
                problems.add(new Problem(number, null, "import.json.shape", List.of()));
                continue;
            }
            List<String> references = entry.get("references") instanceof JsonArray refs
                    ? refs.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList()
                    : references(string(entry, "references"));
            rows.add(new Row(number, string(entry, "key"), nullToEmpty(string(entry, "code")).trim(), string(entry, "parentCode"),
                    string(entry, "titleNl"), string(entry, "titleEn"), string(entry, "descriptionNl"), string(entry, "descriptionEn"),
                    references, entry.getBoolean("retired", false)));
        }
        return rows;
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static List<String> references(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean bool(String text) {
        return text != null && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("ja") || text.equals("1"));
    }


    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Result failed(Problem problem) {
        return new Result(List.of(), List.of(problem));
    }
}
