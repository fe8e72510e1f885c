package nl.kennisveiligheid.signals.control.lists;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SubjectKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The UK's OFSI consolidated list in its CSV layout ({@code ConList.csv}, retired in January 2026, read for older
 * editions): first line {@code Last Updated,dd/mm/yyyy}, then a header naming {@code Name 6} (the surname),
 * {@code Name 1}..{@code Name 5}, {@code DOB}, {@code Nationality}, {@code Group Type}, {@code Alias Type},
 * {@code Regime}, {@code Listed On} and {@code Group ID}; one row per name, date and address, grouped by
 * {@code Group ID}. Windows-1252.
 */
final class UkConListFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final List<String> REQUIRED = List.of("Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "DOB", "Town of Birth",
            "Country of Birth", "Nationality", "Group Type", "Alias Type", "Regime", "Listed On", "Group ID");

    private UkConListFile() {
    }

    static ParsedEdition read(byte[] content) {
        String text = new String(content, WINDOWS_1252);
        int firstLine = text.indexOf('\n');
        if (!text.startsWith("Last Updated,") || firstLine < 0) {
            throw new ListFileProblem("file.ukFirstLine");
        }
        var published = ListDates.day(text.substring("Last Updated,".length(), firstLine).split(",")[0].trim(), "dd/MM/yyyy");
        CsvTable table = CsvTable.read(text.substring(firstLine + 1), CSVFormat.DEFAULT.builder().setAllowMissingColumnNames(true));
        Map<String, Integer> header = table.header();
        List<CSVRecord> records = table.rows();
        for (String column : REQUIRED) {
            if (!header.containsKey(column)) {
                throw new ListFileProblem("file.missingColumn", column);
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (CSVRecord row : records) {
            if (!row.isConsistent()) {
                throw new ListFileProblem("file.columns", row.getRecordNumber() + 2, row.size(), header.size());
            }
            String id = row.get("Group ID").trim();
            if (id.isEmpty()) {
                throw new ListFileProblem("file.missingReference", row.getRecordNumber() + 2);
            }
            Group group = groups.computeIfAbsent(id, k -> new Group(k, row));
            String name = String.join(" ", java.util.stream.Stream.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")
                    .map(c -> row.get(c).trim()).filter(s -> !s.isEmpty()).toList());
            if (!name.isEmpty() && group.names.stream().noneMatch(n -> n.name().equals(name))) {
                boolean prime = row.get("Alias Type").trim().equalsIgnoreCase("Prime Alias");
                DesignationName designationName = new DesignationName(name, prime ? NameQuality.PRIMARY : NameQuality.GOOD, false);
                if (prime) {
                    group.names.add(0, designationName);
                } else {
                    group.names.add(designationName);
                }
            }
            ListValues.addNew(group.births, ListDates.slashed(row.get("DOB")));
            String place = String.join(", ", java.util.stream.Stream.of(row.get("Town of Birth"), row.get("Country of Birth"))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList());
            ListValues.addNew(group.places, place);
            for (String nationality : row.get("Nationality").split("\\d\\)")) {
                if (!nationality.isBlank()) {
                    ListValues.addNew(group.nationalities, Countries.codeOrName(nationality.trim().replaceAll("[,.]$", "")));
                }
            }
        }
        List<Designation> designations = new ArrayList<>();
        for (Group group : groups.values()) {
            designations.add(new Designation(group.id, group.person ? SubjectKind.PERSON : SubjectKind.ENTITY, group.regime, group.listedOn,
                    group.names, group.births, group.places, group.nationalities));
        }
        return new ParsedEdition(published, designations);
    }


    private static final class Group {
        final String id;
        final boolean person;
        final String regime;
        final java.time.LocalDate listedOn;
        final List<DesignationName> names = new ArrayList<>();
        final List<String> births = new ArrayList<>();
        final List<String> places = new ArrayList<>();
        final List<String> nationalities = new ArrayList<>();

        Group(String id, CSVRecord row) {
            this.id = id;
            this.person = row.get("Group Type").trim().equalsIgnoreCase("Individual");
            this.regime = row.get("Regime").trim();
            this.listedOn = ListDates.day(row.get("Listed On"), "dd/MM/yyyy");
        }
    }
}
