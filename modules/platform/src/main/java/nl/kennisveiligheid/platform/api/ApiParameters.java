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
        List<ApiProblem.FieldProblem> problems = new ArrayList<>();
        if (first < 0) {
            problems.add(new ApiProblem.FieldProblem("first", "problem.field.first"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new ApiProblem.FieldProblem("size", "problem.field.size", MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, BUNDLE, "problem.detail.validation", problems);
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
            throw new ApiProblem(400, BUNDLE, "problem.detail.validation", List.of(new ApiProblem.FieldProblem(field, "problem.field.date")));
        }
    }
}
