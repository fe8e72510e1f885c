package nl.kennisveiligheid.platform.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The common part of reading an uploaded file for an import: the size limit, strict UTF-8 (with or without a
 * byte-order mark), and CSV with a header row whose columns are checked. Every problem is collected with its
 * line number (0: the file as a whole) and a message key; the importing module's bundle holds the texts for
 * {@code import.tooLarge} ({0}: the limit in kB), {@code import.encoding}, {@code import.empty},
 * {@code import.column.missing} and {@code import.column.unknown} ({0}: the column), {@code import.csv.columns}
 * ({0} fields found, {1} expected) and {@code import.csv.syntax}. Pure.
 */
public final class CsvUpload {

    /** A problem on a line of the file ({@code line} 0: the file as a whole). */
    public record Problem(int line, String field, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }
    }

    /** One data row: its line in the file and its values by column (trimmed; absent columns are {@code null}). */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            return values.get(column);
        }
    }

    private CsvUpload() {
    }

    /** The content as text, or empty with the problem added (too large, not UTF-8, empty). */
    public static Optional<String> decode(byte[] content, long maxBytes, List<Problem> problems) {
        if (content.length > maxBytes) {
            problems.add(new Problem(0, null, "import.tooLarge", List.of(maxBytes / 1024)));
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(0, null, "import.encoding", List.of()));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(new Problem(0, null, "import.empty", List.of()));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /**
     * The data rows of CSV text (comma or, as Dutch spreadsheets save it, semicolon separated; empty lines
     * skipped). The header must name every required column and no column outside {@code known}; otherwise no
     * rows and the problems added.
     */
    public static List<Row> parse(String text, Set<String> required, Set<String> known, List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            Set<String> header = new HashSet<>(parser.getHeaderNames());
            required.stream().sorted().filter(c -> !header.contains(c))
                    .forEach(c -> problems.add(new Problem(1, c, "import.column.missing", List.of(c))));
            header.stream().filter(h -> !known.contains(h)).sorted()
                    .forEach(h -> problems.add(new Problem(1, h, "import.column.unknown", List.of(h))));
            if (!problems.isEmpty()) {
                return rows;
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    problems.add(new Problem(line, null, "import.csv.columns", List.of(record.size(), header.size())));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                parser.getHeaderNames().forEach(column -> values.put(column, CsvDownload.restored(record.get(column))));
                rows.add(new Row(line, values));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new Problem(0, null, "import.csv.syntax", List.of()));
        }
        return rows;
    }
}
