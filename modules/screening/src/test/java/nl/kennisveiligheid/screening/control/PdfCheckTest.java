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

    @Test
    void actionsThatLaunchOpenAnAddressOrSubmitAFormAreRefusedByWhatTheyDo() throws IOException {
        assertEquals(Optional.of(PdfCheck.Problem.LAUNCH), PdfCheck.check(pdf(d -> {
            org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch launch = new org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch();
            launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("calc.exe")));
            d.getDocumentCatalog().setOpenAction(launch);
        })));
        assertEquals(Optional.of(PdfCheck.Problem.URI), PdfCheck.check(pdf(d -> {
            org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
            uri.setURI("https://evil.example/track");
            d.getDocumentCatalog().setOpenAction(uri);
        })));
        assertEquals(Optional.of(PdfCheck.Problem.SUBMIT_FORM), PdfCheck.check(pdf(d -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 100, 20));
            link.setAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm());
            try {
                d.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        })));
    }

    @Test
    void anEmbeddedFileIsRefused() throws IOException {
        byte[] embedding = pdf(d -> {
            try {
                org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile file = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(
                        d, new java.io.ByteArrayInputStream("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
                file.setSubtype("text/html");
                org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
                spec.setFile("page.html");
                spec.setEmbeddedFile(file);
                org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
                tree.setNames(java.util.Map.of("page.html", spec));
                org.apache.pdfbox.pdmodel.PDDocumentNameDictionary names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(d.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                d.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(Optional.of(PdfCheck.Problem.EMBEDDED_FILE), PdfCheck.check(embedding));
    }

    @Test
    void nothingMayStandBeforeTheHeaderOrAfterTheEnd() throws IOException {
        byte[] plain = pdf(d -> { });
        assertEquals(Optional.of(PdfCheck.Problem.AFTER_END), PdfCheck.check(concat(plain, "<html><body>hi</body></html>\n")));
        assertEquals(Optional.of(PdfCheck.Problem.AFTER_END), PdfCheck.check(concat(plain, "PK\u0003\u0004")));
        assertEquals(Optional.empty(), PdfCheck.check(concat(plain, "\r\n\n  ")), "white space after the end is harmless");
        assertEquals(Optional.of(PdfCheck.Problem.BEFORE_HEADER), PdfCheck.check(concat("GIF89a;".getBytes(StandardCharsets.ISO_8859_1), plain)));
    }

    @Test
    void markupBehindAPdfHeaderIsRefused() {
        byte[] polyglot = "%PDF-1.7\n<html><script>fetch('/api/v1/institutions')</script></html>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(PdfCheck.Problem.MARKUP), PdfCheck.check(polyglot));
        byte[] noPages = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(PdfCheck.Problem.DAMAGED), PdfCheck.check(noPages));
    }

    private static byte[] concat(byte[] head, String tail) {
        return concat(head, tail.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
