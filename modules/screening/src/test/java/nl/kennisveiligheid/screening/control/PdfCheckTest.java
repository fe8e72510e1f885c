package nl.kennisveiligheid.screening.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** PDFs made with PDFBox here: a plain one passes; the others are refused, each with its own reason. */
class PdfCheckTest {

    static byte[] pdf(java.util.function.Consumer<PDDocument> change) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPlainPdfPasses() throws IOException {
        assertEquals(Optional.empty(), PdfCheck.check(pdf(d -> { })));
    }

    @Test
    void anythingElseIsNotAPdfWhateverItIsCalled() {
        assertEquals(Optional.of(PdfCheck.Problem.NOT_PDF), PdfCheck.check("name,kind\nx,y\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(PdfCheck.Problem.NOT_PDF), PdfCheck.check(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        assertEquals(Optional.of(PdfCheck.Problem.NOT_PDF), PdfCheck.check(new byte[0]));
        assertEquals(Optional.of(PdfCheck.Problem.NOT_PDF), PdfCheck.check("PK\u0003\u0004zip".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aTruncatedPdfIsDamaged() throws IOException {
        byte[] whole = pdf(d -> { });
        byte[] head = java.util.Arrays.copyOf(whole, 40);
        assertEquals(Optional.of(PdfCheck.Problem.DAMAGED), PdfCheck.check(head));
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        byte[] encrypted = pdf(d -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            try {
                d.protect(policy);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(Optional.of(PdfCheck.Problem.ENCRYPTED), PdfCheck.check(encrypted));
    }

    @Test
    void javaScriptIsFoundInTheOpenActionAndInALinkAnnotation() throws IOException {
        byte[] onOpen = pdf(d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi');")));
        assertEquals(Optional.of(PdfCheck.Problem.JAVASCRIPT), PdfCheck.check(onOpen));
        byte[] inLink = pdf(d -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 100, 20));
            link.setAction(new PDActionJavaScript("this.exportDataObject({cName: 'x'});"));
            try {
                d.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(Optional.of(PdfCheck.Problem.JAVASCRIPT), PdfCheck.check(inLink));
    }
}
