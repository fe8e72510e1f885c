package nl.kennisveiligheid.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the query and path parameters every module's REST resources share: paging ({@code first}, {@code size})
 * and dates ({@code yyyy-mm-dd}); a wrong one is a 400 problem naming the field, in the caller's language.
 * (Checked in code, not with Bean Validation annotations on the parameters: Payara's OpenAPI generator fails on
 * those in library jars.)
 */
public final class ApiParameters {

    public static final int MAX_SIZE = 500;

    private static final String BUNDLE = Messages.PLATFORM_BUNDLE;

    private ApiParameters() {
    }

    public static void checkPaging(int first, int size) {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        if (first < 0) {
            problems.add(new Refusal.FieldProblem("first", "problem.field.first"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new Refusal.FieldProblem("size", "problem.field.size", MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, BUNDLE, "problem.detail.validation", problems);
        }
    }

    /** The date in {@code text}, {@code null} when it is empty; a malformed one is a 400 naming {@code field}. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID, BUNDLE, "problem.detail.validation", List.of(new Refusal.FieldProblem(field, "problem.field.date")));
        }
    }

    /** One problem of an uploaded file, as a REST answer gives it: the line (0: the whole file), the column, the text. */
    public record ImportLine(int line, String field, String message) {
    }

    /**
     * An uploaded request body, refused with 413 when larger than {@code max} bytes: the problem names the limit
     * with {@code bundle}'s {@code import.tooLarge.detail} and {@code import.tooLarge} ({0}: the limit in kB). What
     * is left of a refused body (up to 16 MiB) is read first, so that the 413 reaches a client that is still
     * sending instead of the connection being closed under it.
     */
    public static byte[] upload(java.io.InputStream body, long max, String bundle) {
        try {
            byte[] content = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                long left = 16L * 1024 * 1024;
                byte[] buffer = new byte[65_536];
                int read;
                while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                    left -= read;
                }
                throw new Refusal(Refusal.Kind.TOO_LARGE, bundle, "import.tooLarge.detail", List.of(new Refusal.FieldProblem("file", "import.tooLarge", max / 1024)));
            }
            return content;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
