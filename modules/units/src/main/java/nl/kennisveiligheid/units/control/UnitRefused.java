package nl.kennisveiligheid.units.control;

import java.util.List;

/** A change to a unit refused: a message key of the units bundle, and the fields at fault with their message keys. */
public class UnitRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem with one field ({@code entries[2].reason}, {@code headEmail}, ...). */
    public record FieldProblem(String field, String messageKey) {
    }

    private final transient List<FieldProblem> fields;
    private final transient List<String> dependents;

    public UnitRefused(String messageKey) {
        this(messageKey, List.of(), List.of());
    }

    public UnitRefused(String messageKey, List<FieldProblem> fields, List<String> dependents) {
        super(messageKey);
        this.fields = List.copyOf(fields);
        this.dependents = List.copyOf(dependents);
    }

    public String messageKey() {
        return getMessage();
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** For a closure that needs confirming: what still depends on the unit. */
    public List<String> dependents() {
        return dependents;
    }
}
