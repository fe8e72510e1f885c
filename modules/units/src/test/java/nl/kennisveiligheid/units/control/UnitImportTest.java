package nl.kennisveiligheid.units.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.kennisveiligheid.platform.api.CsvUpload;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.units.api.UnitKind;
import org.junit.jupiter.api.Test;

class UnitImportTest {

    private static final List<TechnologyEntry> ANNEX2 = List.of(
            new TechnologyEntry("k-quantum", "3", null, "Quantum", "Quantum", null, null, List.of(), false),
            new TechnologyEntry("k-sensors", "3.1", "k-quantum", "Sensoren", "Sensors", null, null, List.of(), false),
            new TechnologyEntry("k-lasers", "7", null, "Lasers", "Lasers", null, null, List.of(), false),
            new TechnologyEntry("k-old", "9", null, "Oud", "Old", null, null, List.of(), true));

    private static UnitImport.Result read(String csv, Set<String> existing) {
        return UnitImport.read(csv.getBytes(StandardCharsets.UTF_8), UnitImport.MAX_BYTES, ANNEX2, existing);
    }

    @Test
    void aValidFileGivesEveryUnitWithItsEntriesResolvedByCode() {
        UnitImport.Result result = read("""
                name,kind,faculty,entries,register,head_name,head_email,contact_name,contact_email,rooms,measures_digital
                Quantum Lab,Laboratorium,TNW,3.1: sensoren | 7: lasers,ja,Dr. Hoofd,hoofd@demo.nl,Contact,ks@demo.nl,B 1.21,Eigen netwerk
                Optics group,research group,,"7: lasers",,,,,,,
                """, Set.of());
        assertTrue(result.valid(), () -> result.problems().toString());
        assertEquals(2, result.rows().size());
        UnitImport.Row lab = result.rows().get(0);
        assertEquals(2, lab.line());
        assertEquals(UnitKind.LABORATORY, lab.data().kind());
        assertTrue(lab.register());
        assertEquals(List.of("k-sensors", "k-lasers"), lab.data().entries().stream().map(e -> e.entryKey()).toList());
        assertEquals("sensoren", lab.data().entries().get(0).reason());
        assertEquals(UnitKind.RESEARCH_GROUP, result.rows().get(1).data().kind());
        assertFalse(result.rows().get(1).register());
    }

    @Test
    void semicolonSeparatedFilesFromDutchSpreadsheetsAreRead() {
        UnitImport.Result result = read("\uFEFFname;kind;entries\nLab A;Project;7: lasers\n", Set.of());
        assertTrue(result.valid(), () -> result.problems().toString());
        assertEquals(UnitKind.PROJECT, result.rows().get(0).data().kind());
    }

    @Test
    void everyProblemIsNamedByLineAndColumnAndNothingIsKept() {
        UnitImport.Result result = read("""
                name,kind,entries,register,head_email
                Quantum Lab,Lab,3.1: sensoren | 42: onbekend | 9: oud,,
                ,Kelder,7,,geen-adres
                Bestaand,Project,7: x,,
                Quantum Lab,Project,7: lasers,ja,
                """, Set.of("Bestaand"));
        assertFalse(result.valid());
        assertEquals(List.of(), result.rows(), "nothing to create from a file with problems");
        List<String> found = result.problems().stream().map(p -> p.line() + " " + p.field() + " " + p.messageKey()).toList();
        assertEquals(List.of(
                "2 entries import.entry.unknown", "2 entries import.entry.unknown",
                "3 entries import.entry.reason", "3 kind import.kind.unknown", "3 name validation.required", "3 head_email validation.email",
                "4 name import.name.exists",
                "5 head_name validation.required", "5 head_email validation.required", "5 contact_name validation.required",
                "5 contact_email validation.required", "5 measures_physical validation.measures.required", "5 sites validation.access.required",
                "5 name import.name.duplicate"), found);
    }

    @Test
    void theWholeFileIsCheckedFirst() {
        assertEquals("import.column.missing", read("name,kind\nA,Project\n", Set.of()).problems().get(0).messageKey());
        assertEquals("import.column.unknown", read("name,kind,entries,colour\nA,Project,7: x,red\n", Set.of()).problems().get(0).messageKey());
        assertEquals("import.noUnits", read("name,kind,entries\n", Set.of()).problems().get(0).messageKey());
        assertEquals("import.encoding", UnitImport.read(new byte[] {'n', 'a', (byte) 0xe9, '\n'}, 100, ANNEX2, Set.of())
                .problems().get(0).messageKey());
        CsvUpload.Problem tooLarge = UnitImport.read(new byte[200], 100, ANNEX2, Set.of()).problems().get(0);
        assertEquals("import.tooLarge", tooLarge.messageKey());
        assertEquals(0, tooLarge.line());
    }

    @Test
    void validationFieldsAreNamedAsTheFilesColumns() {
        assertEquals("head_email", UnitImport.column("headEmail"));
        assertEquals("entries", UnitImport.column("entries[2].reason"));
        assertEquals("measures_organisational", UnitImport.column("measuresOrganisational"));
    }
}
