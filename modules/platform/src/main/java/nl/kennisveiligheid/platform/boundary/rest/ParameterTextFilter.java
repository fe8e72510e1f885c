package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.validation.TextRules;

/**
 * Every query and path parameter of every endpoint is text of one line under {@link TextRules}: a control
 * character, a bidirectional override or half a surrogate pair is a 400 naming the parameter, before any resource
 * sees it (a search for {@code a%00b} would otherwise reach PostgreSQL, which refuses NUL). At most
 * {@value #MAX_LENGTH} characters each.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class ParameterTextFilter implements ContainerRequestFilter {

    /** The longest parameter value accepted (a search text, a date, an id). */
    public static final int MAX_LENGTH = 1000;

    @Override
    public void filter(ContainerRequestContext request) {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(true), problems);
        check(request.getUriInfo().getQueryParameters(true), problems);
        Refusal.refuseIfAny(Messages.PLATFORM_BUNDLE, "problem.detail.parameter", problems);
    }

    private static void check(MultivaluedMap<String, String> parameters, List<Refusal.FieldProblem> problems) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (problems.stream().noneMatch(p -> p.field().equals(parameter.getKey()))) {
                    TextRules.fieldProblem(parameter.getKey(), value, MAX_LENGTH, false).ifPresent(problems::add);
                }
            }
        }
    }
}
