package nl.kennisveiligheid.decisions.control.letters;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.platform.api.PersonDetails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A decision's letter: its text in both languages, taken out of the PDF again, and its PDF/UA-1 check by veraPDF. */
class LetterRendererTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static final Letterhead FROM = new Letterhead("Screeningsautoriteit kennisveiligheid", "Turfmarkt 147\n2511 DP Den Haag",
            "Postbus 20301\n2500 EH Den Haag", "070 000 00 00", "screening@screeningsautoriteit.example", "www.screeningsautoriteit.example",
            "Screeningsautoriteit kennisveiligheid\nt.a.v. Juridische Zaken\nPostbus 20301\n2500 EH Den Haag");
    static final Addressee TO = new Addressee("Technische Universiteit Delft", "Olga Officier", "Postbus 5\n2600 AA Delft");
    static final PersonDetails SIGNATORY = new PersonDetails("Bea Beslisser", "Hoofd afdeling Besluitvorming");
    static final ListUsed ANNEX2 = new ListUsed("Bijlage 2: sensitieve technologieën", "Annex 2: sensitive technologies", 3, LocalDate.of(2026, 7, 1));

    private static LetterContent conditional() {
        return new LetterContent("KVS-2026-000123-B1", "KVS-2026-000123", LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 11, 30), FROM, TO, "Marie-José van den Berg-Ångström", "P-4711", "Quantum Nanofabrication Lab",
                Outcome.GRANTED_WITH_CONDITIONS, List.of("Toegang alleen onder begeleiding.", "Geen toegang tot de cleanroom B-0.12."),
                List.of("Access only under supervision.", "No access to the cleanroom B-0.12."),
                "Uit de screening blijkt geen ernstig signaal.\n\nDe persoon werkte eerder bij een instelling met banden <&> een defensieorganisatie.",
                "Wet screening kennisveiligheid", ANNEX2, LocalDate.of(2026, 12, 1), LocalDate.of(2028, 8, 31),
                LocalDate.of(2027, 1, 11), null, SIGNATORY);
    }

    @Test
    void theLetterIsAGovernmentLetterWithSenderAddresseeReferencesAndSignatory() throws Exception {
        String text = text(LetterRenderer.render(conditional()));
        for (String expected : List.of("Screeningsautoriteit kennisveiligheid", "Bezoekadres Turfmarkt 147 2511 DP Den Haag",
                "Postadres Postbus 20301 2500 EH Den Haag", "T 070 000 00 00", "screening@screeningsautoriteit.example",
                "Ons kenmerk KVS-2026-000123-B1", "Uw kenmerk P-4711", "Retouradres: Screeningsautoriteit kennisveiligheid, Postbus 20301, 2500 EH Den Haag",
                "Technische Universiteit Delft t.a.v. Olga Officier Postbus 5 2600 AA Delft", "Datum 30 november 2026",
                "Betreft Besluit op uw aanvraag om screening van", "Geachte heer, mevrouw,",
                "Op 19 oktober 2026 ontving de screeningsautoriteit uw aanvraag",
                "Bijlage 2: sensitieve technologieën, versie 3, geldend vanaf 1 juli 2026",
                "Hoogachtend, Screeningsautoriteit kennisveiligheid, namens deze, Bea Beslisser Hoofd afdeling Besluitvorming",
                "Our reference KVS-2026-000123-B1", "for the attention of Olga Officier", "Annex 2: sensitive technologies, version 3, in force from 1 July 2026",
                "Yours faithfully,")) {
            assertTrue(text.contains(expected), () -> "The letter lacks \"" + expected + "\":\n" + text);
        }
        assertFalse(text.contains("ANNEX2"), "the list is named in words: " + text);
        assertFalse(text.contains("b.beslisser") || text.contains("decider"), "no login name: " + text);
    }

    @Test
    void theLetterSaysTheDecisionInDutchAndInEnglish() throws Exception {
        String text = text(LetterRenderer.render(conditional()));
        for (String expected : List.of("Besluit over toegang tot een hoog-risico onderdeel", "KVS-2026-000123-B1", "30 november 2026",
                "Marie-José van den Berg-Ångström (P-4711)", "onder de voorschriften hieronder", "Toegang alleen onder begeleiding.",
                "1 december 2026 tot en met 31 augustus 2028", "uiterlijk op 11 januari 2027", "Postbus 20301", "artikelen 6:7 en 6:8",
                "banden <&> een defensieorganisatie",
                "Decision on access to a high-risk unit (translation)", "The Dutch text of the decision is binding",
                "under the conditions below", "No access to the cleanroom B-0.12.", "from 1 December 2026 until 31 August 2028",
                "by 11 January 2027 at the latest", "does not suspend this decision")) {
            assertTrue(text.contains(expected), () -> "The letter lacks \"" + expected + "\":\n" + text);
        }
    }

    /** The letter's pages as images, {@code target/letters/}, for looking at it and for the user guide. */
    @Test
    void theLetterIsDrawnForLookingAtIt() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "letters");
        java.nio.file.Files.createDirectories(dir);
        try (PDDocument document = Loader.loadPDF(LetterRenderer.render(conditional()))) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 110);
                assertTrue(image.getWidth() > 800, "an A4 page at 110 dpi");
                javax.imageio.ImageIO.write(image, "png", dir.resolve("decision-letter-" + (page + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void aRefusalHasNoPeriodAndNoConditions() throws Exception {
        LetterContent c = conditional();
        LetterContent refusal = new LetterContent(c.reference(), c.requestReference(), null, c.decidedOn(), c.sentOn(), c.from(), c.to(),
                c.personName(), c.personReference(), c.unitName(), Outcome.REFUSED, List.of(), List.of(), c.reasons(), c.legalBasis(),
                c.list(), c.sentOn(), null, c.objectionUntil(), "KVS-2026-000123-B0", c.signatory());
        String text = text(LetterRenderer.render(refusal));
        assertTrue(text.contains("weigert Marie-José van den Berg-Ångström toegang"), text);
        assertTrue(text.contains("Vervangt besluit"), text);
        assertFalse(text.contains("Voorschriften"), text);
        assertFalse(text.contains("tot en met"), text);
    }

    @Test
    void markupInAFreeTextIsPrintedAsText() throws Exception {
        LetterContent c = conditional();
        String markup = "<script>alert('x')</script> <b>vet</b> <img src=x onerror=y>";
        LetterContent withMarkup = new LetterContent(c.reference(), c.requestReference(), c.submittedOn(), c.decidedOn(), c.sentOn(), c.from(),
                new Addressee("<i>Instelling</i>", markup, markup), c.personName(), c.personReference(), c.unitName(), c.outcome(), List.of(markup),
                List.of(markup), markup, c.legalBasis(), c.list(), c.effectiveFrom(), c.expiresOn(), c.objectionUntil(), null, c.signatory());
        String text = text(LetterRenderer.render(withMarkup));
        assertTrue(text.contains("<script>alert('x')</script> <b>vet</b> <img src=x onerror=y>"), "markup shown as the text it is: " + text);
        assertTrue(text.contains("<i>Instelling</i>"), text);
    }

    @Test
    void theLetterPassesPdfUa1() throws Exception {
        byte[] pdf = LetterRenderer.render(conditional());
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), () -> "veraPDF finds the letter not PDF/UA-1:\n" + failures);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
