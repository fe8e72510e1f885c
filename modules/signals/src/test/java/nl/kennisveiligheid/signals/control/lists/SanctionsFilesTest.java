package nl.kennisveiligheid.signals.control.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.SubjectKind;
import org.junit.jupiter.api.Test;

/** The list files: every real file at hand read with the counts its provenance notes give, and hostile files refused. */
class SanctionsFilesTest {

    private static final long LIMIT = RealListFiles.LIMIT;

    private static ParsedEdition read(SanctionsSource source, String path) {
        return SanctionsFiles.read(source, RealListFiles.bytes(path), LIMIT);
    }

    private static Designation find(ParsedEdition edition, String reference) {
        return edition.designations().stream().filter(d -> d.reference().equals(reference)).findFirst().orElseThrow(() -> new AssertionError(reference));
    }

    @Test
    void unListOfAugust2026() {
        ParsedEdition edition = read(SanctionsSource.UN, "un/un_consolidated_2026-08-01.xml");
        assertEquals(LocalDate.of(2026, 8, 1), edition.publishedOn());
        assertEquals(736, edition.persons());
        assertEquals(275, edition.entities());
        // 1,011 primary names + 2,152 + 603 aliases (SOURCES.md), plus 378 names in original script
        assertEquals(3766 + 378, edition.names());
        Designation badege = find(edition, "CDi.001");
        assertEquals(SubjectKind.PERSON, badege.kind());
        assertEquals("ERIC BADEGE", badege.primaryName());
        assertEquals(List.of("1971"), badege.birthDates());
        assertEquals(List.of("CD"), badege.nationalities());
        assertEquals("DRC", badege.regime());
        assertEquals(LocalDate.of(2012, 12, 31), badege.listedOn());
        Designation katanga = find(edition, "CDi.006");
        assertEquals(List.of("1978-04-28"), katanga.birthDates());
        assertTrue(katanga.birthPlaces().get(0).contains("Mambasa"), katanga.birthPlaces().toString());
        assertTrue(edition.designations().stream().flatMap(d -> d.names().stream()).anyMatch(n -> n.quality() == NameQuality.LOW));
        assertTrue(edition.designations().stream().flatMap(d -> d.names().stream()).anyMatch(n -> n.originalScript() && n.name().matches(".*\\p{IsArabic}.*")));
        assertEquals(SubjectKind.ENTITY, find(edition, "CDe.004").kind());
    }

    @Test
    void unListOfFebruary2026() {
        ParsedEdition edition = read(SanctionsSource.UN, "un/un_consolidated_2026-02-27.xml");
        assertEquals(LocalDate.of(2026, 2, 27), edition.publishedOn());
        assertEquals(730, edition.persons());
        assertEquals(273, edition.entities());
    }

    @Test
    void ofacSdnLegacyCsvSetAsAZipAndItsPrimaryFileAlone() {
        ParsedEdition set = SanctionsFiles.read(SanctionsSource.OFAC_SDN, RealListFiles.zip("ofac/sdn_csv_2021-07/sdn.csv",
                "ofac/sdn_csv_2021-07/alt.csv", "ofac/sdn_csv_2021-07/add.csv"), LIMIT);
        assertEquals(4620, set.persons());
        assertEquals(3673 + 406 + 277, set.entities());
        assertEquals(20886, set.names());
        Designation abbas = find(set, "2674");
        assertEquals("ABBAS, Abu", abbas.primaryName());
        assertEquals(List.of("1948-12-10"), abbas.birthDates());
        Designation zawahiri = find(set, "2676");
        assertEquals(List.of("1951-06-19"), zawahiri.birthDates());
        assertTrue(zawahiri.birthPlaces().contains("Giza, Egypt"), zawahiri.birthPlaces().toString());
        assertTrue(find(set, "306").names().stream().anyMatch(n -> n.name().equals("NATIONAL BANK OF CUBA")));

        ParsedEdition primaryOnly = read(SanctionsSource.OFAC_SDN, "ofac/sdn_2024-05-03.csv");
        assertEquals(6854, primaryOnly.persons());
        assertEquals(6884 + 851 + 376, primaryOnly.entities());
        assertEquals(14965, primaryOnly.names());
    }

    @Test
    void ofacConsolidatedListAsXmlAndAsLegacyCsvSet() {
        ParsedEdition xml = read(SanctionsSource.OFAC_CONS, "ofac/ofac_consolidated_nonsdn_2026-01-08.xml");
        assertEquals(LocalDate.of(2026, 1, 8), xml.publishedOn());
        assertEquals(79, xml.persons());
        assertEquals(363, xml.entities());
        assertEquals(1586, xml.names());
        Designation haniya = find(xml, "9639");
        assertEquals("Ismail Abdul Salah HANIYA", haniya.primaryName());
        assertEquals(List.of("1962"), haniya.birthDates());

        ParsedEdition csv = SanctionsFiles.read(SanctionsSource.OFAC_CONS, RealListFiles.zip("ofac/cons_csv_2025-12/cons_prim.csv",
                "ofac/cons_csv_2025-12/cons_alt.csv", "ofac/cons_csv_2025-12/cons_add.csv"), LIMIT);
        assertEquals(79, csv.persons());
        assertEquals(363, csv.entities());
        assertEquals(1515, csv.names());
    }

    @Test
    void ukConListOf2018GroupedByGroupId() {
        ParsedEdition edition = read(SanctionsSource.UK, "uk/ofsi_conlist_2018-04-13.csv");
        assertEquals(LocalDate.of(2018, 4, 13), edition.publishedOn());
        assertEquals(1426, edition.persons());
        assertEquals(680, edition.entities());
        assertEquals(5548, edition.names()); // distinct (Group ID, name) pairs; SOURCES.md says 5,547, a recount gives 5,548
        Designation qahtani = find(edition, "13349");
        assertEquals(List.of("1980", "1981"), qahtani.birthDates());
        assertEquals(List.of("SA", "QA"), qahtani.nationalities());
    }

    @Test
    void ukSanctionsListInTheFcdoXml() {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <Designations>
                  <DateGenerated>08/10/2026</DateGenerated>
                  <Designation>
                    <LastUpdated>01/02/2022</LastUpdated>
                    <DateDesignated>25/01/2001</DateDesignated>
                    <UniqueID>AFG0006</UniqueID>
                    <UNReferenceNumber>TAi.002</UNReferenceNumber>
                    <Names>
                      <Name><Name1>MOHAMMAD</Name1><Name2>HASSAN</Name2><Name6>AKHUND</Name6><NameType>Primary Name</NameType></Name>
                      <Name><Name6>Mullah Mohammad Hassan</Name6><NameType>Alias</NameType><AliasStrength>Low quality</AliasStrength></Name>
                    </Names>
                    <NonLatinNames><NonLatinName><NameNonLatinScript>محمد حسن آخوند</NameNonLatinScript></NonLatinName></NonLatinNames>
                    <RegimeName>The Afghanistan (Sanctions) (EU Exit) Regulations 2020</RegimeName>
                    <IndividualEntityShip>Individual</IndividualEntityShip>
                    <IndividualDetails><Individual><DOBs><DOB>dd/mm/1950</DOB><DOB>27/08/1955</DOB></DOBs>
                      <Nationalities><Nationality>Afghanistan</Nationality></Nationalities>
                      <BirthDetails><Location><TownOfBirth>Kandahar</TownOfBirth><CountryOfBirth>Afghanistan</CountryOfBirth></Location></BirthDetails>
                    </Individual></IndividualDetails>
                  </Designation>
                  <Designation>
                    <DateDesignated>01/03/2022</DateDesignated>
                    <UniqueID>RUS3064</UniqueID>
                    <Names><Name><Name6>PJSC Rosneft Oil Company</Name6><NameType>Primary Name</NameType></Name>
                      <Name><Name6>ROSNEFT</Name6><NameType>Primary Name Variation</NameType></Name></Names>
                    <RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019</RegimeName>
                    <IndividualEntityShip>Entity</IndividualEntityShip>
                  </Designation>
                </Designations>
                """;
        ParsedEdition edition = SanctionsFiles.read(SanctionsSource.UK, xml.getBytes(StandardCharsets.UTF_8), LIMIT);
        assertEquals(LocalDate.of(2026, 10, 8), edition.publishedOn());
        Designation akhund = find(edition, "AFG0006");
        assertEquals("MOHAMMAD HASSAN AKHUND", akhund.primaryName());
        assertEquals(NameQuality.LOW, akhund.names().get(1).quality());
        assertTrue(akhund.names().get(2).originalScript());
        assertEquals(List.of("1950", "1955-08-27"), akhund.birthDates());
        assertEquals(List.of("AF"), akhund.nationalities());
        assertEquals(List.of("Kandahar, Afghanistan"), akhund.birthPlaces());
        assertEquals(LocalDate.of(2001, 1, 25), akhund.listedOn());
        Designation rosneft = find(edition, "RUS3064");
        assertEquals(SubjectKind.ENTITY, rosneft.kind());
        assertEquals(2, rosneft.names().size());
        assertProblem("file.wrongRoot", SanctionsSource.UK, RealListFiles.bytes("un/un_consolidated_2026-02-27.xml"));
    }

    @Test
    void filesOfOtherFormatsAreRefusedAsWhatTheyAre() {
        // the EU's legacy CSV excerpt is not the FSF XML
        assertProblem("file.notXml", SanctionsSource.EU, RealListFiles.bytes("eu/eu_fsf_csv_v1.0_EXCERPT_2018-07-04.csv"));
        // the OFAC enhanced XML is not the sdnList XML
        assertProblem("file.wrongRoot", SanctionsSource.OFAC_CONS, RealListFiles.bytes("ofac/CONS_ENHANCED_2025-01-14.ZIP"));
        // a UN file given as the EU list
        assertProblem("file.wrongRoot", SanctionsSource.EU, RealListFiles.bytes("un/un_consolidated_2026-02-27.xml"));
        // an OFAC CSV given as the UK list
        assertProblem("file.ukFirstLine", SanctionsSource.UK, RealListFiles.bytes("ofac/sdn_2024-05-03.csv"));
    }

    @Test
    void euFinancialSanctionsFileInItsOfficialXml() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-09-01T17:31:26.672+02:00" globalFileId="1">
                  <sanctionEntity designationDetails="" unitedNationId="QDi.006" euReferenceNumber="EU.27.28" logicalId="13" designationDate="2001-10-11">
                    <regulation regulationType="regulation" organisationType="commission" publicationDate="2002-05-29" programme="AQD" logicalId="1"/>
                    <subjectType code="person" classificationCode="P"/>
                    <nameAlias firstName="Aiman" middleName="Muhammed Rabi" lastName="al-Zawahiri" wholeName="Aiman Muhammed Rabi al-Zawahiri" strong="true" logicalId="17"/>
                    <nameAlias wholeName="Dr Ayman" strong="false" logicalId="18"/>
                    <nameAlias wholeName="أيمن محمد ربيع الظواهري" nameLanguage="AR" strong="true" logicalId="19"/>
                    <citizenship countryIso2Code="EG" countryDescription="EGYPT" logicalId="20"/>
                    <birthdate birthdate="1951-06-19" year="1951" city="Giza" countryIso2Code="EG" countryDescription="EGYPT" logicalId="21"/>
                  </sanctionEntity>
                  <sanctionEntity euReferenceNumber="EU.1.2" logicalId="99">
                    <regulation programme="PRK" publicationDate="2017-08-05"/>
                    <subjectType code="enterprise" classificationCode="E"/>
                    <nameAlias wholeName="Korea Mining Development Trading Corporation" strong="true"/>
                  </sanctionEntity>
                </export>
                """;
        ParsedEdition edition = SanctionsFiles.read(SanctionsSource.EU, xml.getBytes(StandardCharsets.UTF_8), LIMIT);
        assertEquals(LocalDate.of(2026, 9, 1), edition.publishedOn());
        Designation person = find(edition, "EU.27.28");
        assertEquals("Aiman Muhammed Rabi al-Zawahiri", person.primaryName());
        assertEquals(NameQuality.LOW, person.names().get(1).quality());
        assertTrue(person.names().get(2).originalScript());
        assertEquals(List.of("EG"), person.nationalities());
        assertEquals(List.of("1951-06-19"), person.birthDates());
        assertEquals("AQD", person.regime());
        assertEquals(LocalDate.of(2001, 10, 11), person.listedOn());
        Designation entity = find(edition, "EU.1.2");
        assertEquals(SubjectKind.ENTITY, entity.kind());
        assertEquals(LocalDate.of(2017, 8, 5), entity.listedOn());
    }

    @Test
    void authorityListInTheDocumentedCsvLayout() {
        String csv = """
                reference,kind,name,name_type,birth_dates,birth_places,nationalities,regime,listed_on
                NL-2026-001,PERSON,Jan de Vries,PRIMARY,1980-05-01|1981,Rotterdam,NL|Suriname,Nationale terrorismelijst,2026-03-01
                NL-2026-001,PERSON,J. de Vries,WEAK_ALIAS,,,,,
                NL-2026-001,PERSON,Ян де Врис,ORIGINAL_SCRIPT,,,,,
                NL-2026-002,ENTITY,"Stichting Voorbeeld, Amsterdam",PRIMARY,,,,Nationale terrorismelijst,2026-03-01
                """;
        ParsedEdition edition = SanctionsFiles.read(SanctionsSource.NL, csv.getBytes(StandardCharsets.UTF_8), LIMIT);
        assertEquals(1, edition.persons());
        assertEquals(1, edition.entities());
        Designation person = find(edition, "NL-2026-001");
        assertEquals(3, person.names().size());
        assertEquals(List.of("NL", "SR"), person.nationalities());
        assertEquals(List.of("1980-05-01", "1981"), person.birthDates());
        assertEquals("Stichting Voorbeeld, Amsterdam", find(edition, "NL-2026-002").primaryName());
    }

    @Test
    void authorityListWithAMissingColumnABadValueOrAnotherEncodingIsRefused() {
        assertProblem("file.missingColumn", SanctionsSource.NL, "reference,kind,name\nX,PERSON,Jan\n".getBytes(StandardCharsets.UTF_8));
        String header = "reference,kind,name,name_type,birth_dates,birth_places,nationalities,regime,listed_on\n";
        assertProblem("file.badValue", SanctionsSource.NL, (header + "X,ROBOT,Jan,PRIMARY,,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertProblem("file.badValue", SanctionsSource.NL, (header + "X,PERSON,Jan,PRIMARY,1980-13-45,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertProblem("file.badValue", SanctionsSource.NL, (header + "X,PERSON,Jan,PRIMARY,,,Atlantis,,\n").getBytes(StandardCharsets.UTF_8));
        assertProblem("file.columns", SanctionsSource.NL, (header + "X,PERSON,Jan\n").getBytes(StandardCharsets.UTF_8));
        assertProblem("file.notUtf8", SanctionsSource.NL, (header + "X,PERSON,Jos\u00e9,PRIMARY,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertProblem("file.csvBroken", SanctionsSource.NL, (header + "X,PERSON,\"Jan,PRIMARY,,,,,\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void xmlWithAnExternalEntityOrADtdIsRefusedWithoutReadingIt() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST dateGenerated="2026-08-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER>
                <FIRST_NAME>&secret;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>""";
        assertProblem("file.dtd", SanctionsSource.UN, xxe.getBytes(StandardCharsets.UTF_8));
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol2;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>""";
        assertProblem("file.dtd", SanctionsSource.UN, billionLaughs.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void truncatedWronglyEncodedOrEmptyFilesAndWrongRootsAreRefused() {
        byte[] un = RealListFiles.bytes("un/un_consolidated_2026-02-27.xml");
        assertProblem("file.truncated", SanctionsSource.UN, Arrays.copyOf(un, un.length / 2));
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>X</REFERENCE_NUMBER><FIRST_NAME>Jos\u00e9</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertProblem("file.malformed", SanctionsSource.UN, latin1);
        assertProblem("file.empty", SanctionsSource.UN, new byte[0]);
        assertProblem("file.notXml", SanctionsSource.UN, "reference,kind\n".getBytes(StandardCharsets.UTF_8));
        assertProblem("file.wrongRoot", SanctionsSource.UN, "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
        assertProblem("file.tooLarge", SanctionsSource.UN, new byte[2048], 1024);
        assertProblem("file.zipNotExpected", SanctionsSource.UN, RealListFiles.zip("un/un_consolidated_2026-02-27.xml"));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("sdn.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 1024 * 1024, "the bomb is small: " + out.size());
        assertProblem("file.zipBomb", SanctionsSource.OFAC_SDN, out.toByteArray());
        assertProblem("file.zipBroken", SanctionsSource.OFAC_SDN, new byte[]{'P', 'K', 3, 4, 1, 2, 3});
        assertProblem("file.zipContent", SanctionsSource.OFAC_SDN, RealListFiles.zip("uk/ofsi_conlist_2018-04-13.csv"));
        assertProblem("file.columns", SanctionsSource.OFAC_SDN, "1,\"NAME\",individual\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertProblem(String key, SanctionsSource source, byte[] content) {
        assertProblem(key, source, content, LIMIT);
    }

    private static void assertProblem(String key, SanctionsSource source, byte[] content, long limit) {
        ListFileProblem problem = assertThrows(ListFileProblem.class, () -> SanctionsFiles.read(source, content, limit));
        assertEquals(key, problem.key(), () -> "arguments " + problem.arguments());
    }
}
