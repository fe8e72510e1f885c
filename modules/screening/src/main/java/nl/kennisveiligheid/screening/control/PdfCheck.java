package nl.kennisveiligheid.screening.control;

import java.io.IOException;
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
 * is not asked), not encrypted, and without JavaScript anywhere in it (PDFBox: every object of the file, so also
 * actions hidden in annotations, form fields and the document's name tree). Each refusal names its reason.
 */
public final class PdfCheck {

    /** Why a file is refused: the key of the message in the module's bundle. */
    public enum Problem {
        NOT_PDF("attachment.error.notPdf"),
        ENCRYPTED("attachment.error.encrypted"),
        JAVASCRIPT("attachment.error.javascript"),
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

    private PdfCheck() {
    }

    /** The problem with the file, or empty when it is a PDF the product accepts. */
    public static Optional<Problem> check(byte[] content) {
        if (!PDF.equals(detect(content))) {
            return Optional.of(Problem.NOT_PDF);
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                return Optional.of(Problem.ENCRYPTED);
            }
            return hasJavaScript(document) ? Optional.of(Problem.JAVASCRIPT) : Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of(Problem.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            return Optional.of(Problem.DAMAGED);
        }
    }

    static MediaType detect(byte[] content) {
        try (var in = new java.io.ByteArrayInputStream(content)) {
            return DETECTOR.detect(in, new Metadata());
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    /** A JavaScript action (/S /JavaScript) or script (/JS) in any object, or a JavaScript name tree. */
    static boolean hasJavaScript(PDDocument document) throws IOException {
        var cos = document.getDocument();
        for (COSObjectKey key : cos.getXrefTable().keySet()) {
            COSObject object = cos.getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (isScriptTree(base, 0)) {
                return true;
            }
        }
        COSDictionary names = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES);
        return names != null && names.containsKey(COSName.JAVA_SCRIPT) || isScriptTree(document.getDocumentCatalog().getCOSObject(), 0);
    }

    private static boolean isScript(COSDictionary dictionary) {
        return dictionary.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S));
    }

    /** A script in a dictionary or in the direct (not numbered) dictionaries and arrays inside it. */
    private static boolean isScriptTree(COSBase base, int depth) {
        if (depth > 32) {
            return false;
        }
        if (base instanceof COSDictionary dictionary) {
            if (isScript(dictionary)) {
                return true;
            }
            for (COSBase value : dictionary.getValues()) {
                if (!(value instanceof COSObject) && isScriptTree(value, depth + 1)) {
                    return true;
                }
            }
        } else if (base instanceof org.apache.pdfbox.cos.COSArray array) {
            for (COSBase value : array) {
                if (!(value instanceof COSObject) && isScriptTree(value, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
