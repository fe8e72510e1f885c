package nl.kennisveiligheid.units.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kennisveiligheid.platform.api.CsvUpload;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitKind;

/**
 * Reads an institution's spreadsheet of units (CSV, format in {@code docs/units-import-format.md}) into units to
 * create: every problem with its line and column, nothing to create unless the whole file is valid. Annex 2
 * entries are named by code in the version in force; a row with {@code register} = ja is registered at once and
 * must then be complete. Pure: the caller gives the entries in force and the names of the institution's units.
 */
public final class UnitImport {

    /** One unit to create: its line in the file, its data, and whether to register it. */
    public record Row(int line, UnitData data, boolean register) {
    }

    /** What the file holds: the rows when valid, otherwise the problems. */
    public record Result(List<Row> rows, List<CsvUpload.Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static final List<String> COLUMNS = List.of("name", "kind", "faculty", "department", "sites", "buildings", "rooms",
            "head_name", "head_email", "contact_name", "contact_email", "measures_physical", "measures_digital",
            "measures_organisational", "entries", "register");
    static final Set<String> REQUIRED = Set.of("name", "kind", "entries");
    public static final int MAX_ROWS = 5000;
    /** The largest file accepted: 5,000 rows of about 400 bytes. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final Map<String, UnitKind> KIND_NAMES = kindNames();

    private UnitImport() {
    }

    public static Result read(byte[] content, long maxBytes, List<TechnologyEntry> inForce, Set<String> existingNames) {
        List<CsvUpload.Problem> problems = new ArrayList<>();
        String text = CsvUpload.decode(content, maxBytes, problems).orElse(null);
        if (text == null) {
            return new Result(List.of(), problems);
        }
        List<CsvUpload.Row> records = CsvUpload.parse(text, REQUIRED, Set.copyOf(COLUMNS), problems);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        if (records.isEmpty()) {
            return new Result(List.of(), List.of(new CsvUpload.Problem(0, null, "import.noUnits", List.of())));
        }
        if (records.size() > MAX_ROWS) {
            return new Result(List.of(), List.of(new CsvUpload.Problem(0, null, "import.tooManyRows", List.of(MAX_ROWS))));
        }
        Map<String, TechnologyEntry> byCode = new HashMap<>();
        inForce.stream().filter(e -> !e.retired()).forEach(e -> byCode.put(e.code().toLowerCase(Locale.ROOT), e));
        Set<String> taken = new HashSet<>();
        existingNames.forEach(n -> taken.add(n.trim().toLowerCase(Locale.ROOT)));
        Set<String> inFile = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (CsvUpload.Row record : records) {
            int line = record.line();
            List<UnitEntry> entries = entries(record.get("entries"), byCode, line, problems);
            String kindText = record.get("kind");
            UnitKind kind = kindText == null ? null : KIND_NAMES.get(normal(kindText));
            if (kind == null && kindText != null && !kindText.isBlank()) {
                problems.add(new CsvUpload.Problem(line, "kind", "import.kind.unknown", List.of(kindText)));
            }
            UnitData data = new UnitData(trim(record.get("name")), kind, trim(record.get("faculty")), trim(record.get("department")),
                    trim(record.get("sites")), trim(record.get("buildings")), trim(record.get("rooms")), trim(record.get("head_name")),
                    trim(record.get("head_email")), trim(record.get("contact_name")), trim(record.get("contact_email")),
                    trim(record.get("measures_physical")), trim(record.get("measures_digital")), trim(record.get("measures_organisational")),
                    entries);
            String registerText = record.get("register");
            boolean register = registerText != null && Set.of("ja", "yes", "true", "1", "j", "y").contains(registerText.trim().toLowerCase(Locale.ROOT));
            List<Refusal.FieldProblem> invalid = register ? UnitValidation.forRegistration(data) : UnitValidation.forDraft(data);
            for (Refusal.FieldProblem p : invalid) {
                if (p.field().equals("kind") && kindText != null && !kindText.isBlank()) {
                    continue; // already named as unknown
                }
                if (p.field().equals("entries") && record.get("entries") != null && !record.get("entries").isBlank()) {
                    continue; // the entries' own problems are named
                }
                problems.add(new CsvUpload.Problem(line, column(p.field()), p.messageKey(), List.of()));
            }
            if (data.name() != null && !data.name().isBlank()) {
                String name = data.name().toLowerCase(Locale.ROOT);
                if (taken.contains(name)) {
                    problems.add(new CsvUpload.Problem(line, "name", "import.name.exists", List.of(data.name())));
                } else if (!inFile.add(name)) {
                    problems.add(new CsvUpload.Problem(line, "name", "import.name.duplicate", List.of(data.name())));
                }
            }
            rows.add(new Row(line, data, register));
        }
        return problems.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), problems);
    }

    /** {@code 3.1: reason | 7: reason} (or one per line in the cell) into entries of the version in force. */
    private static List<UnitEntry> entries(String text, Map<String, TechnologyEntry> byCode, int line, List<CsvUpload.Problem> problems) {
        List<UnitEntry> entries = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return entries;
        }
        for (String part : text.split("[|\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            String code = (colon < 0 ? part : part.substring(0, colon)).trim();
            String reason = colon < 0 ? "" : part.substring(colon + 1).trim();
            TechnologyEntry entry = byCode.get(code.toLowerCase(Locale.ROOT));
            if (entry == null) {
                problems.add(new CsvUpload.Problem(line, "entries", "import.entry.unknown", List.of(code)));
            } else if (reason.isEmpty()) {
                problems.add(new CsvUpload.Problem(line, "entries", "import.entry.reason", List.of(code)));
            } else if (entries.stream().anyMatch(e -> e.entryKey().equals(entry.key()))) {
                problems.add(new CsvUpload.Problem(line, "entries", "import.entry.duplicate", List.of(code)));
            } else {
                entries.add(new UnitEntry(entry.key(), entry.code(), reason));
            }
        }
        return entries;
    }

    /** A validation field ({@code headEmail}, {@code entries[0].reason}) as the file's column ({@code head_email}, {@code entries}). */
    static String column(String field) {
        String base = field.replaceAll("\\[.*", "");
        return base.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static Map<String, UnitKind> kindNames() {
        Map<String, UnitKind> names = new HashMap<>();
        for (UnitKind kind : UnitKind.values()) {
            names.put(normal(kind.name()), kind);
        }
        names.put("onderzoeksgroep", UnitKind.RESEARCH_GROUP);
        names.put("laboratorium", UnitKind.LABORATORY);
        names.put("lab", UnitKind.LABORATORY);
        names.put("programma", UnitKind.PROGRAMME);
        names.put("program", UnitKind.PROGRAMME);
        names.put("faciliteit", UnitKind.FACILITY);
        return names;
    }

    private static String normal(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
