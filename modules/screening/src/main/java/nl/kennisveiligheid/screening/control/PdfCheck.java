package nl.kennisveiligheid.screening.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Whether an uploaded file is a PDF the product accepts: the type from the content (Apache Tika's detector, the name
 * is not asked), nothing before its header and nothing but white space after its last {@code %%EOF}, no web page
 * markup in it (a file that is a PDF and an HTML page at once), not encrypted, at least one page, and no active content
 * anywhere in it (PDFBox reads every object of the file, so also actions hidden in annotations, form fields, outlines
 * and the document's name trees): no JavaScript, no action that launches a program or opens another file, a web
 * address or submits a form, and no embedded file. Each refusal names what was found.
 */
public final class PdfCheck {

    /** Why a file is refused: the key of the message in the module's bundle. */
    public enum Problem {
        NOT_PDF("attachment.error.notPdf"),
        BEFORE_HEADER("attachment.error.beforeHeader"),
        AFTER_END("attachment.error.afterEnd"),
        MARKUP("attachment.error.markup"),
        ENCRYPTED("attachment.error.encrypted"),
        JAVASCRIPT("attachment.error.javascript"),
        LAUNCH("attachment.error.launch"),
        URI("attachment.error.uri"),
        SUBMIT_FORM("attachment.error.submitForm"),
        EMBEDDED_FILE("attachment.error.embeddedFile"),
        DAMAGED("attachment.error.damaged");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();
    private static final MediaType PDF = MediaType.application("pdf");
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** How far into a file a reader looks for the header (Acrobat: 1,024 bytes). */
    private static final int HEADER_WINDOW = 1024;
    /** Markup a web browser would run or show: never in a PDF's own syntax. */
    private static final List<String> MARKUP = List.of("<script", "<html", "<!doctype html", "<iframe", "<body", "<svg", "javascript:");
    /** The action types (/S) and what each is. */
    private static final Map<COSName, Problem> ACTIONS = Map.of(
            COSName.JAVA_SCRIPT, Problem.JAVASCRIPT,
            COSName.getPDFName("Rendition"), Problem.JAVASCRIPT,
            COSName.getPDFName("Launch"), Problem.LAUNCH,
            COSName.getPDFName("GoToR"), Problem.LAUNCH,
            COSName.getPDFName("GoToE"), Problem.LAUNCH,
            COSName.URI, Problem.URI,
            COSName.getPDFName("SubmitForm"), Problem.SUBMIT_FORM,
            COSName.getPDFName("ImportData"), Problem.SUBMIT_FORM);

    private PdfCheck() {
    }

    /** The problem with the file, or empty when it is a PDF the product accepts. */
    public static Optional<Problem> check(byte[] content) {
        int header = indexOf(content, HEADER, 0, Math.min(content.length, HEADER_WINDOW + HEADER.length));
        if (header > 0) {
            return Optional.of(Problem.BEFORE_HEADER);
        }
        if (header < 0 || !PDF.equals(detect(content))) {
            return Optional.of(Problem.NOT_PDF);
        }
        int end = lastIndexOf(content, END);
        if (end < 0) {
            return Optional.of(Problem.DAMAGED);
        }
        for (int i = end + END.length; i < content.length; i++) {
            if (!isWhiteSpace(content[i])) {
                return Optional.of(Problem.AFTER_END);
            }
        }
        // the most telling reason first: what the structure holds, then markup, then a file that is no working PDF
        Problem unreadable = hasMarkup(content) ? Problem.MARKUP : Problem.DAMAGED;
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                return Optional.of(Problem.ENCRYPTED);
            }
            if (document.getNumberOfPages() == 0) {
                return Optional.of(unreadable);
            }
            return activeContent(document).or(() -> unreadable == Problem.MARKUP ? Optional.of(Problem.MARKUP) : Optional.empty());
        } catch (InvalidPasswordException e) {
            return Optional.of(Problem.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger(PdfCheck.class.getName()).log(java.util.logging.Level.FINE, "unreadable PDF", e);
            return Optional.of(unreadable);
        }
    }

    static MediaType detect(byte[] content) {
        try (var in = new java.io.ByteArrayInputStream(content)) {
            return DETECTOR.detect(in, new Metadata());
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    /** The first active content in any object of the document, or in its catalogue's name trees. */
    static Optional<Problem> activeContent(PDDocument document) throws IOException {
        var cos = document.getDocument();
        for (COSObjectKey key : cos.getXrefTable().keySet()) {
            COSObject object = cos.getObjectFromPool(key);
            Optional<Problem> found = activeTree(object == null ? null : object.getObject(), 0);
            if (found.isPresent()) {
                return found;
            }
        }
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.JAVA_SCRIPT)) {
            return Optional.of(Problem.JAVASCRIPT);
        }
        if (names != null && names.containsKey(COSName.EMBEDDED_FILES)) {
            return Optional.of(Problem.EMBEDDED_FILE);
        }
        return activeTree(catalog, 0);
    }

    /** What a single dictionary is or holds directly: a script, an action of a refused type, an embedded file. */
    private static Optional<Problem> active(COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.JS)) {
            return Optional.of(Problem.JAVASCRIPT);
        }
        COSName type = dictionary.getCOSName(COSName.S);
        Problem action = type == null ? null : ACTIONS.get(type);
        if (action != null) {
            return Optional.of(action);
        }
        if (dictionary.containsKey(COSName.EF) || dictionary.containsKey(COSName.EMBEDDED_FILES)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || COSName.getPDFName("FileAttachment").equals(dictionary.getCOSName(COSName.SUBTYPE))
                || COSName.getPDFName("RichMedia").equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            return Optional.of(Problem.EMBEDDED_FILE);
        }
        return Optional.empty();
    }

    /** Active content in a dictionary or in the direct (not numbered) dictionaries and arrays inside it. */
    private static Optional<Problem> activeTree(COSBase base, int depth) {
        if (depth > 32) {
            return Optional.empty();
        }
        if (base instanceof COSDictionary dictionary) {
            Optional<Problem> found = active(dictionary);
            if (found.isPresent()) {
                return found;
            }
            for (COSBase value : dictionary.getValues()) {
                if (!(value instanceof COSObject)) {
                    found = activeTree(value, depth + 1);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        } else if (base instanceof org.apache.pdfbox.cos.COSArray array) {
            for (COSBase value : array) {
                if (!(value instanceof COSObject)) {
                    Optional<Problem> found = activeTree(value, depth + 1);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasMarkup(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return MARKUP.stream().anyMatch(text::contains);
    }

    private static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f' || b == 0;
    }

    private static int indexOf(byte[] content, byte[] part, int from, int to) {
        for (int i = from; i + part.length <= to; i++) {
            if (startsAt(content, part, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] content, byte[] part) {
        for (int i = content.length - part.length; i >= 0; i--) {
            if (startsAt(content, part, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsAt(byte[] content, byte[] part, int at) {
        for (int j = 0; j < part.length; j++) {
            if (content[at + j] != part[j]) {
                return false;
            }
        }
        return true;
    }
}
