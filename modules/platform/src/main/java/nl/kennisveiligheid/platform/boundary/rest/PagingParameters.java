package nl.kennisveiligheid.platform.boundary.rest;

import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.platform.api.ApiProblem;
import nl.kennisveiligheid.platform.control.PlatformModule;

/**
 * Checks the {@code first} and {@code size} query parameters of list endpoints. (Checked in code, not with
 * Bean Validation annotations on the parameters: Payara's OpenAPI generator fails on those in library jars.)
 */
public final class PagingParameters {

    public static final int MAX_SIZE = 500;

    private PagingParameters() {
    }

    public static void check(int first, int size) {
        List<ApiProblem.FieldProblem> problems = new ArrayList<>();
        if (first < 0) {
            problems.add(new ApiProblem.FieldProblem("first", "problem.field.first"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new ApiProblem.FieldProblem("size", "problem.field.size", MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, PlatformModule.BUNDLE, "problem.detail.validation", problems);
        }
    }
}
