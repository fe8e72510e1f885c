package nl.kennisveiligheid.signals.control.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SubjectKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Lists of organisations of concern in the CSV their compilers publish (UTF-8, a header row, several aliases in one
 * cell separated by {@code ;}): ASPI's China Defence Universities Tracker ({@code name_en, name_zh, risk_level,
 * categories, aliases, source_url}) and Canada's Named Research Organizations ({@code name, iso3, aliases}). Each row is
 * one organisation; names in another script (ASPI's Chinese names) are indexed as original-script names.
 */
final class OrganisationListFiles {

    private OrganisationListFiles() {
    }

    /** ASPI's tracker: every institution is in China; its reference is the tracker page's name. */
    static ParsedEdition readAspiTracker(String text) {
        CsvTable table = CsvTable.read(text, CSVFormat.DEFAULT.builder().setTrim(true));
        String nameColumn = table.column("name_en");
        String chinese = table.column("name_zh");
        String risk = table.column("risk_level");
        String categories = table.column("categories");
        String aliases = table.column("aliases");
        String url = table.header().keySet().stream().filter("source_url"::equalsIgnoreCase).findFirst().orElse(null);
        List<Designation> designations = new ArrayList<>();
        for (CSVRecord row : checkedRows(table)) {
            String name = required(row, nameColumn);
            String reference = url == null || row.get(url).isBlank() ? name : row.get(url).replaceAll("/+$", "");
            reference = reference.substring(reference.lastIndexOf('/') + 1);
            Set<String> seen = new LinkedHashSet<>();
            List<DesignationName> names = new ArrayList<>();
            add(names, seen, name, NameQuality.PRIMARY);
            add(names, seen, row.get(chinese), NameQuality.GOOD);
            for (String alias : ListValues.split(row.get(aliases), ";")) {
                add(names, seen, alias, NameQuality.GOOD);
            }
            String level = row.get(risk).isBlank() ? null : row.get(risk).toLowerCase(Locale.ROOT).replace('-', ' ');
            designations.add(new Designation(TextRules.clipped(reference, 100), SubjectKind.ENTITY, blankToNull(row.get(categories)), null, names,
                    List.of(), List.of(), List.of("CN"), level));
        }
        return new ParsedEdition(null, designations);
    }

    /** Canada's list: its reference is the organisation's name as the list gives it (the list has no numbers). */
    static ParsedEdition readCanadaNro(String text) {
        CsvTable table = CsvTable.read(text, CSVFormat.DEFAULT.builder().setTrim(true));
        String nameColumn = table.column("name");
        String iso3 = table.column("iso3");
        String aliases = table.column("aliases");
        List<Designation> designations = new ArrayList<>();
        for (CSVRecord row : checkedRows(table)) {
            String name = required(row, nameColumn);
            String country = Countries.ofAlpha3(row.get(iso3));
            if (country == null && !row.get(iso3).isBlank()) {
                throw new ListFileProblem("file.badValue", line(row), "iso3", row.get(iso3));
            }
            Set<String> seen = new LinkedHashSet<>();
            List<DesignationName> names = new ArrayList<>();
            add(names, seen, name, NameQuality.PRIMARY);
            for (String alias : ListValues.split(row.get(aliases), ";")) {
                add(names, seen, alias, NameQuality.GOOD);
            }
            designations.add(new Designation(TextRules.clipped(name, 100), SubjectKind.ENTITY, null, null, names, List.of(), List.of(),
                    country == null ? List.of() : List.of(country), null));
        }
        return new ParsedEdition(null, designations);
    }

    private static List<CSVRecord> checkedRows(CsvTable table) {
        for (CSVRecord row : table.rows()) {
            if (!row.isConsistent()) {
                throw new ListFileProblem("file.columns", line(row), row.size(), table.header().size());
            }
        }
        return table.rows();
    }

    private static String required(CSVRecord row, String column) {
        String value = row.get(column);
        if (value.isBlank()) {
            throw new ListFileProblem("file.missingName", line(row));
        }
        return value;
    }

    private static void add(List<DesignationName> names, Set<String> seen, String name, NameQuality quality) {
        if (name == null || name.isBlank() || !seen.add(name.trim().toLowerCase(Locale.ROOT))) {
            return;
        }
        boolean otherScript = name.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
        names.add(new DesignationName(name.trim(), quality, otherScript));
    }

    private static int line(CSVRecord row) {
        return (int) row.getRecordNumber() + 1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
