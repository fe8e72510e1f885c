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
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID, BUNDLE, "problem.detail.validation", List.of(new Refusal.FieldProblem(field, "problem.field.date")));
        }
        if (!plausible(date)) {
            throw new Refusal(Refusal.Kind.INVALID, BUNDLE, "problem.detail.validation", List.of(new Refusal.FieldProblem(field, "problem.field.date.range")));
        }
        return date;
    }

    /** The date in {@code text}; a missing one is a 400 naming {@code field} as required. */
    public static LocalDate requiredDate(String field, String text) {
        LocalDate date = date(field, text);
        if (date == null) {
            throw new Refusal(Refusal.Kind.INVALID, BUNDLE, "problem.detail.validation", List.of(new Refusal.FieldProblem(field, "problem.field.required")));
        }
        return date;
    }

    /** The first day any date of the product may be (a date of birth of 1900 is still plausible). */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The last day any date of the product may be. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Whether {@code date} lies in the range any date of the product may take ({@link #EARLIEST} to {@link #LATEST}). */
    public static boolean plausible(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /**
     * What a file import answers with its problems: 422 as a problem document ({@code application/problem+json},
     * RFC 9457) whose extension members say what the file holds ({@code problems} by line, counts); 200 as JSON when
     * the file is valid. {@code problem} gives the title and detail in the caller's language.
     */
    public record ImportProblem(String type, String title, int status, String detail) {

        public static ImportProblem of(Messages messages) {
            return new ImportProblem("about:blank", messages.get(BUNDLE, "problem.title.422"), 422, messages.get(BUNDLE, "problem.detail.import"));
        }
    }

    /** The answer to an import: 200 JSON when {@code valid}, else 422 problem+json; the body is {@code result} either way. */
    public static jakarta.ws.rs.core.Response importAnswer(boolean valid, Object result) {
        return jakarta.ws.rs.core.Response.status(valid ? 200 : 422).type(valid ? "application/json" : "application/problem+json").entity(result).build();
    }

    /**
     * Reads and drops what is left of a refused request body (up to 16 MiB), so that the refusal reaches a client that
     * is still sending instead of the connection being closed under it.
     */
    public static void discardRest(java.io.InputStream body) throws java.io.IOException {
        long left = 16L * 1024 * 1024;
        byte[] buffer = new byte[65_536];
        int read;
        while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= read;
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
                discardRest(body);
                throw new Refusal(Refusal.Kind.TOO_LARGE, bundle, "import.tooLarge.detail", List.of(new Refusal.FieldProblem("file", "import.tooLarge", max / 1024)));
            }
            return content;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The version the client read, required with every change (optimistic locking): a 400 naming {@code version} when missing. */
    public static long requiredVersion(Long version) {
        if (version == null) {
            throw Refusal.invalid(Messages.PLATFORM_BUNDLE, "problem.detail.400", "version", "problem.field.required");
        }
        return version;
    }

    /** Puts a filter from a request parameter, trimmed, unless it is missing or blank. */
    public static void putIfGiven(java.util.Map<String, Object> filters, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            filters.put(name, value instanceof String s ? s.trim() : value);
        }
    }
}
