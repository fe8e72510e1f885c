package nl.kennisveiligheid.decisions.control.letters;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.kennisveiligheid.decisions.api.Outcome;
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

    private static LetterContent conditional() {
        return new LetterContent("KVS-2026-000123-B1", "KVS-2026-000123", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30),
                "Technische Universiteit Delft", "Marie-José van den Berg-Ångström", "P-4711", "Quantum Nanofabrication Lab",
                Outcome.GRANTED_WITH_CONDITIONS, List.of("Toegang alleen onder begeleiding.", "Geen toegang tot de cleanroom B-0.12."),
                List.of("Access only under supervision.", "No access to the cleanroom B-0.12."),
                "Uit de screening blijkt geen ernstig signaal.\n\nDe persoon werkte eerder bij een instelling met banden <&> een defensieorganisatie.",
                "Wet screening kennisveiligheid", "ANNEX2", 3, LocalDate.of(2026, 12, 1), LocalDate.of(2028, 8, 31),
                LocalDate.of(2027, 1, 11), null, "b.beslisser", "Screeningsautoriteit, Postbus 20301, 2500 EH Den Haag");
    }

    @Test
    void theLetterSaysTheDecisionInDutchAndInEnglish() throws Exception {
        String text = text(LetterRenderer.render(conditional()));
        for (String expected : List.of("Besluit over toegang tot een hoog-risico onderdeel", "KVS-2026-000123-B1", "30 november 2026",
                "Marie-José van den Berg-Ångström (P-4711)", "onder de voorschriften hieronder", "Toegang alleen onder begeleiding.",
                "1 december 2026 tot en met 31 augustus 2028", "uiterlijk op 11 januari 2027", "Postbus 20301", "artikelen 6:7 en 6:8",
                "banden <&> een defensieorganisatie", "versie 3",
                "Decision on access to a high-risk unit (translation)", "The Dutch text of the decision is binding",
                "under the conditions below", "No access to the cleanroom B-0.12.", "from 1 December 2026 until 31 August 2028",
                "by 11 January 2027 at the latest", "does not suspend this decision")) {
            assertTrue(text.contains(expected), () -> "The letter lacks \"" + expected + "\":\n" + text);
        }
    }

    @Test
    void aRefusalHasNoPeriodAndNoConditions() throws Exception {
        LetterContent c = conditional();
        LetterContent refusal = new LetterContent(c.reference(), c.requestReference(), c.decidedOn(), c.sentOn(), c.institutionName(),
                c.personName(), c.personReference(), c.unitName(), Outcome.REFUSED, List.of(), List.of(), c.reasons(), c.legalBasis(),
                c.listCode(), c.listVersion(), c.sentOn(), null, c.objectionUntil(), "KVS-2026-000123-B0", c.signedBy(), c.objectionAddress());
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
        LetterContent withMarkup = new LetterContent(c.reference(), c.requestReference(), c.decidedOn(), c.sentOn(), "<i>Instelling</i>",
                c.personName(), c.personReference(), c.unitName(), c.outcome(), List.of(markup), List.of(markup), markup, c.legalBasis(),
                c.listCode(), c.listVersion(), c.effectiveFrom(), c.expiresOn(), c.objectionUntil(), null, c.signedBy(), c.objectionAddress());
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
