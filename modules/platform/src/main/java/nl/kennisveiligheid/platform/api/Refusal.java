package nl.kennisveiligheid.platform.api;

import java.util.List;
import java.util.Objects;

/**
 * The one way a service or a resource says no: what kind of no, why (a message key in a module's bundle, with
 * its arguments), and which input fields are at fault. Thrown from services and REST resources alike; the
 * platform turns it into a problem+json response with the status of its {@link Kind} (one JAX-RS exception
 * mapper) and, on a page, into messages at the fields ({@link PageMessages#refused}).
 *
 * <p>Texts are never put into words here: the reader's language applies where the refusal is shown.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of no, and the HTTP status that says it. */
    public enum Kind {
        /** The input is wrong: the fields say where. */
        INVALID(400),
        /** The caller may not do this (a role or institution check in a service). */
        FORBIDDEN(403),
        /** No such object, or not one the caller may see. */
        NOT_FOUND(404),
        /** The object's state does not allow it now (closed, not a draft, something depends on it). */
        CONFLICT(409),
        /** The request is well-formed but cannot be processed as sent (an idempotency key reused with another body). */
        UNPROCESSABLE(422),
        /** An upload over its size limit. */
        TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * A problem with one input field: its name ({@code headEmail}, {@code entries[2].reason}), the key of its message
     * in the refusal's bundle, and the message's arguments.
     */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {

        public FieldProblem {
            Objects.requireNonNull(messageKey, "messageKey");
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public FieldProblem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, arguments == null ? List.of() : List.of(arguments));
        }
    }

    private final Kind kind;
    private final String bundle;
    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient List<FieldProblem> fields;

    public Refusal(Kind kind, String bundle, String messageKey, List<FieldProblem> fields, Object... arguments) {
        super(messageKey);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.fields = fields == null ? List.of() : List.copyOf(fields);
        this.arguments = arguments == null ? List.of() : List.of(arguments);
    }

    public static Refusal invalid(String bundle, String messageKey, List<FieldProblem> fields) {
        return new Refusal(Kind.INVALID, bundle, messageKey, fields);
    }

    /** One field at fault, the message about the whole input under {@code messageKey}. */
    public static Refusal invalid(String bundle, String messageKey, String field, String fieldKey, Object... fieldArguments) {
        return new Refusal(Kind.INVALID, bundle, messageKey, List.of(new FieldProblem(field, fieldKey, fieldArguments)));
    }

    public static Refusal notFound(String bundle, String messageKey, Object... arguments) {
        return new Refusal(Kind.NOT_FOUND, bundle, messageKey, List.of(), arguments);
    }

    public static Refusal conflict(String bundle, String messageKey, Object... arguments) {
        return new Refusal(Kind.CONFLICT, bundle, messageKey, List.of(), arguments);
    }

    /**
     * The caller lacks the role (or the institution) this needs: 403, "You do not have the role this action needs",
     * recorded in the audit trail as {@code access.refused} on {@code objectType} {@code objectId} ({@link AccessRefusals}).
     */
    public static Refusal forbidden(String objectType, Object objectId) {
        AccessRefusals.record(objectType, objectId);
        return new Refusal(Kind.FORBIDDEN, Messages.PLATFORM_BUNDLE, "problem.detail.403", List.of());
    }

    /** Throws an {@link Kind#INVALID} refusal when there are problems; does nothing otherwise. */
    public static void refuseIfAny(String bundle, String messageKey, List<FieldProblem> problems) {
        if (problems != null && !problems.isEmpty()) {
            throw invalid(bundle, messageKey, problems);
        }
    }

    /** The same refusal with another message (and kind), keeping the fields: for a service that explains a refusal it caught. */
    public Refusal as(Kind newKind, String newMessageKey, Object... newArguments) {
        return new Refusal(newKind, bundle, newMessageKey, fields, newArguments);
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return kind.status();
    }

    public String bundle() {
        return bundle;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
