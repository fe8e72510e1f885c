package nl.kennisveiligheid.platform.api;

import java.util.List;

/**
 * Thrown by a module's REST resource to answer with an {@code application/problem+json} response. The
 * title and the field messages are message keys in {@code bundle}, so the platform can give them in the
 * caller's language.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem with one input field: its name and the key of its message. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {
    }

    private final int status;
    private final String bundle;
    private final String detailKey;
    private final List<FieldProblem> fields;

    public ApiProblem(int status, String bundle, String detailKey, List<FieldProblem> fields) {
        super(detailKey);
        this.status = status;
        this.bundle = bundle;
        this.detailKey = detailKey;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public int status() {
        return status;
    }

    public String bundle() {
        return bundle;
    }

    public String detailKey() {
        return detailKey;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
