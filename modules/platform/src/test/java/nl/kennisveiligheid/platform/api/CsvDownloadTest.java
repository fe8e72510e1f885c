package nl.kennisveiligheid.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every CSV the product hands out neutralises formula cells (OWASP), and what it writes reads back unchanged. */
class CsvDownloadTest {

    private static final String[] HOSTILE = {"=1+2", "+31 20 123", "-2+3", "@SUM(1+1)", "\t=cmd", "\r=cmd", "=HYPERLINK(\"http://x\")"};

    @Test
    void formulaCellsGetAnApostropheAndOtherCellsStayAsTheyAre() {
        StringWriter out = new StringWriter();
        try (CsvDownload csv = CsvDownload.to(out, "name", "faculty", "count", "note")) {
            csv.row("=1+2", "@SUM(1+1)", -5, null);
            csv.row("Kwantumlab", "Faculteit 'Natuurkunde'", 7, "a, b");
        }
        String[] lines = out.toString().split("\r\n");
        assertEquals("name,faculty,count,note", lines[0]);
        assertEquals("'=1+2,'@SUM(1+1),-5,", lines[1], "text formulas neutralised, a negative number is a number");
        assertEquals("Kwantumlab,Faculteit 'Natuurkunde',7,\"a, b\"", lines[2]);
        for (String hostile : HOSTILE) {
            assertTrue(CsvDownload.cell(hostile).toString().startsWith("'"), hostile);
        }
    }

    @Test
    void whatIsWrittenReadsBackUnchanged() {
        StringWriter out = new StringWriter();
        try (CsvDownload csv = CsvDownload.to(out, "value")) {
            for (String hostile : HOSTILE) {
                csv.row(hostile);
            }
            csv.row("'quoted'");
            csv.row("plain");
        }
        List<CsvUpload.Problem> problems = new ArrayList<>();
        List<CsvUpload.Row> rows = CsvUpload.parse(out.toString(), Set.of("value"), Set.of("value"), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        List<String> read = rows.stream().map(r -> r.values().get("value")).toList();
        List<String> expected = new ArrayList<>();
        for (String hostile : HOSTILE) {
            expected.add(hostile);
        }
        expected.add("'quoted'");
        expected.add("plain");
        assertEquals(expected, read, "the apostrophe comes off, nothing else changes");
    }
}
