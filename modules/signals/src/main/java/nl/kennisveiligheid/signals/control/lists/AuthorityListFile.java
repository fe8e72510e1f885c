package nl.kennisveiligheid.signals.control.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SubjectKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A list the authority keeps itself, in the documented CSV layout ({@code docs/signals-list-formats.md}): UTF-8,
 * comma-separated, a header with the columns {@link #COLUMNS}, one row per name; rows with the same
 * {@code reference} make one designation; {@code name_type} is {@code PRIMARY}, {@code ALIAS}, {@code WEAK_ALIAS}
 * or {@code ORIGINAL_SCRIPT}; several values in a cell are separated by {@code |}. The same layout serves the
 * authority's own list of organisations of concern, which may add a column {@code risk_level}.
 */
final class AuthorityListFile {

    static final List<String> COLUMNS = List.of("reference", "kind", "name", "name_type", "birth_dates", "birth_places", "nationalities",
            "regime", "listed_on");

    private AuthorityListFile() {
    }

    static ParsedEdition read(String text) {
        CsvTable table = CsvTable.read(text, CSVFormat.DEFAULT.builder().setIgnoreHeaderCase(true).setTrim(true));
        COLUMNS.forEach(table::column);
        Map<String, Integer> header = table.header();
        List<CSVRecord> records = table.rows();
        Map<String, List<CSVRecord>> byReference = new LinkedHashMap<>();
        for (CSVRecord row : records) {
            int line = (int) row.getRecordNumber() + 1;
            if (!row.isConsistent()) {
                throw new ListFileProblem("file.columns", line, row.size(), header.size());
            }
            if (row.get("reference").isEmpty()) {
                throw new ListFileProblem("file.missingReference", line);
            }
            if (row.get("name").isEmpty()) {
                throw new ListFileProblem("file.missingName", line);
            }
            byReference.computeIfAbsent(row.get("reference"), k -> new ArrayList<>()).add(row);
        }
        List<Designation> designations = new ArrayList<>();
        for (var entry : byReference.entrySet()) {
            designations.add(designation(entry.getKey(), entry.getValue()));
        }
        return new ParsedEdition(null, designations);
    }

    private static Designation designation(String reference, List<CSVRecord> rows) {
        CSVRecord first = rows.get(0);
        int line = (int) first.getRecordNumber() + 1;
        SubjectKind kind = switch (first.get("kind").toUpperCase(Locale.ROOT)) {
            case "PERSON" -> SubjectKind.PERSON;
            case "ENTITY" -> SubjectKind.ENTITY;
            default -> throw new ListFileProblem("file.badValue", line, "kind", first.get("kind"));
        };
        List<DesignationName> names = new ArrayList<>();
        List<String> births = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> nationalities = new ArrayList<>();
        for (CSVRecord row : rows) {
            int rowLine = (int) row.getRecordNumber() + 1;
            String type = row.get("name_type").isEmpty() ? "ALIAS" : row.get("name_type").toUpperCase(Locale.ROOT);
            names.add(switch (type) {
                case "PRIMARY" -> new DesignationName(row.get("name"), NameQuality.PRIMARY, false);
                case "ALIAS" -> new DesignationName(row.get("name"), NameQuality.GOOD, false);
                case "WEAK_ALIAS" -> new DesignationName(row.get("name"), NameQuality.LOW, false);
                case "ORIGINAL_SCRIPT" -> new DesignationName(row.get("name"), NameQuality.GOOD, true);
                default -> throw new ListFileProblem("file.badValue", rowLine, "name_type", row.get("name_type"));
            });
            for (String date : ListValues.split(row.get("birth_dates"), "|")) {
                if (nl.kennisveiligheid.signals.control.matching.PartialDate.parse(date) == null) {
                    throw new ListFileProblem("file.badValue", rowLine, "birth_dates", date);
                }
                ListValues.addNew(births, date);
            }
            ListValues.split(row.get("birth_places"), "|").forEach(p -> ListValues.addNew(places, p));
            for (String country : ListValues.split(row.get("nationalities"), "|")) {
                String code = Countries.code(country);
                if (code == null) {
                    throw new ListFileProblem("file.badValue", rowLine, "nationalities", country);
                }
                ListValues.addNew(nationalities, code);
            }
        }
        names.sort((a, b) -> Boolean.compare(b.quality() == NameQuality.PRIMARY, a.quality() == NameQuality.PRIMARY));
        String listedOn = first.get("listed_on");
        var listed = ListDates.isoDay(listedOn);
        if (!listedOn.isEmpty() && listed == null) {
            throw new ListFileProblem("file.badValue", line, "listed_on", listedOn);
        }
        String risk = first.isMapped("risk_level") && !first.get("risk_level").isBlank() ? first.get("risk_level") : null;
        return new Designation(reference, kind, first.get("regime"), listed, names, births, places, nationalities, risk);
    }

}
