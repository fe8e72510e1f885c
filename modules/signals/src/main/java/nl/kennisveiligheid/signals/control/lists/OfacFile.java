package nl.kennisveiligheid.signals.control.lists;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SubjectKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * OFAC's lists (SDN and the consolidated non-SDN list) in their two official forms: the XML ({@code sdnList}: each
 * {@code sdnEntry} with {@code uid}, names, {@code akaList} with strong and weak a.k.a.s, dates and places of birth,
 * nationalities, programmes; the date in {@code Publish_Date}), and the legacy CSV set (the primary file
 * {@code sdn.csv} or {@code cons_prim.csv} of 12 columns, {@code -0-} for empty, with the aliases of
 * {@code alt.csv}/{@code cons_alt.csv} joined by {@code ent_num}; dates of birth, places and nationalities are read
 * from the remarks). The CSV files are Windows-1252 and end with a 0x1A byte; they carry no date.
 */
final class OfacFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DOB = Pattern.compile("DOB ([^;]+?)(?:;|\\.$|$)");
    private static final Pattern POB = Pattern.compile("POB ([^;]+?)(?:;|\\.$|$)");
    private static final Pattern NATIONALITY = Pattern.compile("(?:nationality|citizen) ([^;]+?)(?:;|\\.$|$)");
    private static final int PRIMARY_COLUMNS = 12;

    private OfacFile() {
    }

    static ParsedEdition readXml(byte[] content) {
        java.time.LocalDate[] published = new java.time.LocalDate[1];
        List<Designation> designations = new ArrayList<>();
        XmlNode.each(content, "sdnList", (name, reader) -> {
            if (name.equals("publshInformation") || name.equals("publishInformation")) {
                published[0] = ListDates.day(XmlNode.read(reader).text("Publish_Date"), "MM/dd/yyyy");
            } else if (name.equals("sdnEntry")) {
                designations.add(entry(XmlNode.read(reader)));
            }
        });
        return new ParsedEdition(published[0], designations);
    }

    private static Designation entry(XmlNode node) {
        String reference = node.text("uid");
        if (reference.isEmpty()) {
            throw new ListFileProblem("file.missingReference", "sdnEntry");
        }
        List<DesignationName> names = new ArrayList<>();
        names.add(new DesignationName(join(node.text("firstName"), node.text("lastName")), NameQuality.PRIMARY, false));
        XmlNode akas = node.child("akaList");
        if (akas != null) {
            for (XmlNode aka : akas.all("aka")) {
                String alias = join(aka.text("firstName"), aka.text("lastName"));
                if (!alias.isEmpty()) {
                    names.add(new DesignationName(alias, "weak".equalsIgnoreCase(aka.text("category")) ? NameQuality.LOW : NameQuality.GOOD, false));
                }
            }
        }
        List<String> births = new ArrayList<>();
        XmlNode dobs = node.child("dateOfBirthList");
        if (dobs != null) {
            for (XmlNode item : dobs.all("dateOfBirthItem")) {
                String date = ListDates.english(item.text("dateOfBirth"));
                if (date != null) {
                    births.add(date);
                }
            }
        }
        List<String> places = new ArrayList<>();
        XmlNode pobs = node.child("placeOfBirthList");
        if (pobs != null) {
            for (XmlNode item : pobs.all("placeOfBirthItem")) {
                if (!item.text("placeOfBirth").isEmpty()) {
                    places.add(item.text("placeOfBirth"));
                }
            }
        }
        List<String> nationalities = new ArrayList<>();
        for (String list : List.of("nationalityList", "citizenshipList")) {
            XmlNode countries = node.child(list);
            if (countries != null) {
                for (XmlNode country : countries.children()) {
                    String value = Countries.codeOrName(country.text("country"));
                    if (!value.isEmpty() && !nationalities.contains(value)) {
                        nationalities.add(value);
                    }
                }
            }
        }
        XmlNode programs = node.child("programList");
        String regime = programs == null ? "" : String.join(", ", programs.all("program").stream().map(XmlNode::text).toList());
        boolean person = "individual".equalsIgnoreCase(node.text("sdnType"));
        return new Designation(reference, person ? SubjectKind.PERSON : SubjectKind.ENTITY, regime, null, names, births, places, nationalities);
    }

    /** The legacy CSV set: the primary file's bytes and, where given, the aliases file's. */
    static ParsedEdition readCsv(byte[] primary, byte[] aliases) {
        Map<String, List<DesignationName>> aliasesByEntry = new HashMap<>();
        if (aliases != null) {
            for (CSVRecord row : rows(aliases)) {
                if (row.size() < 4) {
                    throw new ListFileProblem("file.columns", row.getRecordNumber(), row.size(), 5);
                }
                String alias = value(row.get(3));
                if (!alias.isEmpty()) {
                    aliasesByEntry.computeIfAbsent(value(row.get(0)), k -> new ArrayList<>()).add(new DesignationName(alias, NameQuality.GOOD, false));
                }
            }
        }
        Map<String, Designation> designations = new LinkedHashMap<>();
        for (CSVRecord row : rows(primary)) {
            if (row.size() < PRIMARY_COLUMNS) {
                throw new ListFileProblem("file.columns", row.getRecordNumber(), row.size(), PRIMARY_COLUMNS);
            }
            String reference = value(row.get(0));
            if (reference.isEmpty() || !reference.chars().allMatch(Character::isDigit)) {
                throw new ListFileProblem("file.missingReference", row.getRecordNumber());
            }
            String type = value(row.get(2)).toLowerCase(Locale.ROOT);
            String remarks = value(row.get(11));
            List<DesignationName> names = new ArrayList<>();
            names.add(new DesignationName(value(row.get(1)), NameQuality.PRIMARY, false));
            names.addAll(aliasesByEntry.getOrDefault(reference, List.of()));
            designations.put(reference, new Designation(reference, type.equals("individual") ? SubjectKind.PERSON : SubjectKind.ENTITY,
                    value(row.get(3)), null, names, remarks(DOB, remarks, ListDates::english), remarks(POB, remarks, s -> s),
                    remarks(NATIONALITY, remarks, Countries::codeOrName)));
        }
        return new ParsedEdition(null, new ArrayList<>(designations.values()));
    }

    private static List<String> remarks(Pattern pattern, String remarks, java.util.function.Function<String, String> convert) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(remarks);
        while (m.find()) {
            String value = convert.apply(m.group(1).trim());
            if (value != null && !value.isEmpty() && !out.contains(value)) {
                out.add(value);
            }
        }
        return out;
    }

    private static List<CSVRecord> rows(byte[] content) {
        String text = new String(content, WINDOWS_1252);
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == 0x1a || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        try (var parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text.substring(0, end)))) {
            return parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ListFileProblem("file.csvBroken");
        }
    }

    private static String value(String field) {
        String trimmed = field == null ? "" : field.trim();
        return trimmed.equals("-0-") ? "" : trimmed;
    }

    private static String join(String first, String last) {
        return (first.isEmpty() ? last : last.isEmpty() ? first : first + " " + last).trim();
    }
}
