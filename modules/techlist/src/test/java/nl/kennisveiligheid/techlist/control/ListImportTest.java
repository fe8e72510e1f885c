package nl.kennisveiligheid.techlist.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import org.junit.jupiter.api.Test;

class ListImportTest {

    private static final List<TechnologyEntry> DRAFT = List.of(VersionDiffTest.entry("annex2-quantum", "3", null, "Kwantumtechnologie"));

    private static ListImport.Result read(String text, String name) {
        return ListImport.read(text.getBytes(StandardCharsets.UTF_8), name, 10_000, DRAFT);
    }

    private static List<String> problems(ListImport.Result result) {
        return result.problems().stream().map(p -> p.line() + ":" + p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void readsCsvKeepingKeysOfEntriesMatchedByCodeAndResolvingParentsByCode() {
        ListImport.Result result = read("""
                code,parent_code,title_nl,title_en,references
                3,,Kwantumtechnologie,Quantum technology,
                3.1,3,Kwantumsensoren,Quantum sensors,"6A001, 6A002"
                """, "bijlage2.csv");
        assertEquals(List.of(), problems(result));
        assertEquals(2, result.entries().size());
        assertEquals("annex2-quantum", result.entries().get(0).key(), "matched by code: the stable key stays");
        assertEquals("annex2-quantum", result.entries().get(1).parentKey());
        assertEquals(List.of("6A001", "6A002"), result.entries().get(1).references());
    }

    @Test
    void namesEveryBadRowByLineAndKeepsNothing() {
        ListImport.Result result = read("""
                code,parent_code,title_nl,title_en
                1,,AI,Artificial intelligence
                1,,Dubbel,Duplicate
                2.1,9,Zwevend,Dangling
                3,,<script>x</script>,Script
                """, "bijlage2.csv");
        assertEquals(List.of("3:code:validation.code.duplicate", "4:parent_code:import.parent.unknown",
                "5:titleNl:validation.markup"), problems(result).stream().filter(p -> !p.contains("validation.parent.missing") && !p.contains("parent.required")).toList());
        assertTrue(result.entries().isEmpty(), "nothing unless the whole file is valid");
    }

    @Test
    void refusesWrongEncodingEmptyFilesMissingColumnsAndOversizedFiles() {
        byte[] latin1 = "code,title_nl,title_en\n1,Nucléaire,Nuclear\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("0:null:import.encoding"), problems(ListImport.read(latin1, "x.csv", 10_000, DRAFT)));
        assertEquals(List.of("0:null:import.empty"), problems(read("\uFEFF  \n", "x.csv")));
        assertEquals(List.of("1:title_en:import.column.missing"), problems(read("code,title_nl\n1,AI\n", "x.csv")));
        assertEquals(List.of("0:null:import.tooLarge"), problems(ListImport.read(new byte[10_001], "x.csv", 10_000, DRAFT)));
        assertEquals(List.of("0:null:import.noEntries"), problems(read("code,title_nl,title_en\n", "x.csv")));
    }

    @Test
    void readsJsonAndNamesItsSyntaxErrorsByLine() {
        ListImport.Result result = read("""
                {"entries": [
                  {"code": "3", "titleNl": "Kwantumtechnologie", "titleEn": "Quantum technology"},
                  {"code": "3.1", "parentCode": "3", "titleNl": "Sensoren", "titleEn": "Sensors", "references": ["6A001"], "retired": true}
                ]}
                """, "bijlage2.json");
        assertEquals(List.of(), problems(result));
        assertTrue(result.entries().get(1).retired());
        assertEquals(List.of("3:null:import.json.syntax"), problems(read("{\"entries\": [\n{\"code\": \"1\",\n\"titleNl\" \"x\"}]}", "x.json")));
        assertEquals(List.of("0:null:import.json.shape"), problems(read("{\"items\": []}", "x.json")));
    }

    @Test
    void anExportReadsBackUnchanged() {
        List<TechnologyEntry> entries = List.of(
                new TechnologyEntry("k1", "1", null, "Eén, \"met\" komma", "One", "Regel 1\nRegel 2", null, List.of("3A001"), false),
                new TechnologyEntry("k2", "1.1", "k1", "Sub", "Sub", null, null, List.of(), true),
                new TechnologyEntry("k3", "2", null, "=1+2 formule", "@SUM(1+1)", "-min", "+plus", List.of(), false));
        String csv = ListFormats.csv(entries);
        assertTrue(csv.contains("'=1+2 formule,'@SUM(1+1),'-min,'+plus"), "formula cells neutralised in the export: " + csv);
        ListImport.Result result = ListImport.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv", 10_000, List.of());
        assertEquals(List.of(), problems(result));
        assertEquals(entries, result.entries(), "and the export still reads back unchanged");
    }
}
