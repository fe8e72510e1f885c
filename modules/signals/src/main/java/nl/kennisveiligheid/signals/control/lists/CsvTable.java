package nl.kennisveiligheid.signals.control.lists;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A list file in CSV with a header row: its columns and its rows, read with the format the file needs (Apache Commons
 * CSV). A file that does not parse (a quote never closed, a duplicate header) is refused as broken.
 */
record CsvTable(Map<String, Integer> header, List<CSVRecord> rows) {

    /** The header and rows of {@code text}, read with {@code format} (the header row is added here). */
    static CsvTable read(String text, CSVFormat.Builder format) {
        try (var parser = format.setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            return new CsvTable(parser.getHeaderMap(), parser.getRecords());
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ListFileProblem("file.csvBroken");
        }
    }

    /** The header's name of the first of {@code names} the file has, in any case; none is a missing column (the first name). */
    String column(String... names) {
        for (String name : names) {
            for (String present : header.keySet()) {
                if (present.equalsIgnoreCase(name)) {
                    return present;
                }
            }
        }
        throw new ListFileProblem("file.missingColumn", names[0]);
    }
}
