package nl.kennisveiligheid.signals.control.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisveiligheid.signals.api.CountryIndicator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Country indicator files (UTF-8 CSV with a header): the Academic Freedom Index as V-Dem's columns
 * ({@code iso3, year, academic_freedom_index}; a time series keeps each country's latest year), the EIU Democracy
 * Index ({@code iso3, year, democracy_index}, or Our World in Data's export {@code Code, Year, Democracy score}), and
 * the threat assessments' countries the authority keeps ({@code country, source, year}; a country as an ISO code or an
 * English or Dutch name). Rows of regions and codes that are not a country are counted and skipped.
 */
public final class IndicatorFiles {

    /** A country's value (null for the threat assessments). */
    public record Row(String country, BigDecimal value) {
    }

    /** What a file holds: the year, the source it names (where it does), the rows, and the rows skipped. */
    public record Parsed(int year, String source, List<Row> rows, int skipped) {
    }

    private IndicatorFiles() {
    }

    /** The rows of {@code content} for {@code indicator}; a file that is not what it claims to be raises a {@link ListFileProblem}. */
    public static Parsed read(CountryIndicator indicator, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new ListFileProblem("file.empty");
        }
        if (content.length > maxBytes) {
            throw new ListFileProblem("file.tooLarge", maxBytes / 1024);
        }
        String text = SanctionsFiles.utf8(content);
        CsvTable table = CsvTable.read(text, CSVFormat.DEFAULT.builder().setTrim(true));
        return switch (indicator) {
            case THREAT_ASSESSMENT -> threats(table);
            case ACADEMIC_FREEDOM -> index(table, List.of("academic_freedom_index", "v2xca_academ"), BigDecimal.ONE);
            case DEMOCRACY_INDEX -> index(table, List.of("democracy_index", "Democracy score"), BigDecimal.TEN);
        };
    }

    private static Parsed index(CsvTable table, List<String> valueColumns, BigDecimal max) {
        String code = table.column("iso3", "Code");
        String year = table.column("year", "Year");
        String valueColumn = table.column(valueColumns.toArray(String[]::new));
        Map<String, Integer> header = table.header();
        Map<String, Integer> latestYear = new HashMap<>();
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        int skipped = 0;
        for (CSVRecord row : table.rows()) {
            int line = (int) row.getRecordNumber() + 1;
            if (!row.isConsistent()) {
                throw new ListFileProblem("file.columns", line, row.size(), header.size());
            }
            String country = Countries.ofAlpha3(row.get(code));
            if (country == null) {
                skipped++;
                continue;
            }
            int rowYear = number(row.get(year), line, year).intValue();
            BigDecimal value = number(row.get(valueColumn), line, valueColumn);
            if (value.signum() < 0 || value.compareTo(max) > 0 || rowYear < 1900 || rowYear > 2199) {
                throw new ListFileProblem("file.badValue", line, valueColumn, row.get(valueColumn));
            }
            Integer known = latestYear.get(country);
            if (known == null || rowYear > known) {
                latestYear.put(country, rowYear);
                values.put(country, value);
            }
        }
        if (values.isEmpty()) {
            throw new ListFileProblem("file.noDesignations");
        }
        List<Row> rows = new ArrayList<>();
        values.forEach((country, value) -> rows.add(new Row(country, value)));
        int newest = latestYear.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return new Parsed(newest, null, rows, skipped);
    }

    private static Parsed threats(CsvTable table) {
        String country = table.column("country");
        String source = table.column("source");
        String year = table.column("year");
        Map<String, Integer> header = table.header();
        List<Row> rows = new ArrayList<>();
        String named = null;
        int newest = 0;
        for (CSVRecord row : table.rows()) {
            int line = (int) row.getRecordNumber() + 1;
            if (!row.isConsistent()) {
                throw new ListFileProblem("file.columns", line, row.size(), header.size());
            }
            String code = Countries.code(row.get(country));
            if (code == null) {
                throw new ListFileProblem("file.badValue", line, country, row.get(country));
            }
            int rowYear = number(row.get(year), line, year).intValue();
            if (rowYear < 1900 || rowYear > 2199) {
                throw new ListFileProblem("file.badValue", line, year, row.get(year));
            }
            newest = Math.max(newest, rowYear);
            named = named == null ? row.get(source) : named;
            if (rows.stream().noneMatch(r -> r.country().equals(code))) {
                rows.add(new Row(code, null));
            }
        }
        if (rows.isEmpty()) {
            throw new ListFileProblem("file.noDesignations");
        }
        return new Parsed(newest, named, rows, 0);
    }

    private static BigDecimal number(String text, int line, String column) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ListFileProblem("file.badValue", line, column, text);
        }
    }
}
