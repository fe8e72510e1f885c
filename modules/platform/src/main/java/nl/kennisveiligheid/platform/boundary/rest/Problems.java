package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.kennisveiligheid.platform.api.CorrelationId;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.control.PlatformModule;

/** Builds problem responses in the caller's language. */
@ApplicationScoped
public class Problems {

    @Inject
    Messages messages;

    public Response response(int status, String detail, UriInfo uri, List<ProblemDetails.FieldError> errors) {
        String title = messages.get(PlatformModule.BUNDLE, titleKey(status));
        ProblemDetails body = new ProblemDetails("about:blank", title, status,
                detail != null ? detail : title, uri != null ? "/" + uri.getPath() : null,
                CorrelationId.current(), errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(ProblemDetails.MEDIA_TYPE).entity(body)
                .header(CorrelationId.HEADER, CorrelationId.current()).build();
    }

    public String text(String bundle, String key, Object... arguments) {
        return messages.get(bundle, key, arguments);
    }

    static String titleKey(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 503 -> "problem.title." + status;
            default -> status >= 500 ? "problem.title.500" : "problem.title.400";
        };
    }
}
