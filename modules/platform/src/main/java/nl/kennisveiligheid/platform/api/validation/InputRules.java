package nl.kennisveiligheid.platform.api.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.kennisveiligheid.platform.api.Refusal;

/**
 * Bean Validation of an input record (its {@link PlainText} and other constraints), as {@link Refusal.FieldProblem}s:
 * the field is the property path ({@code data.entries[0].reason}), the key the constraint's message template
 * without braces (a platform key such as {@code problem.field.text.length}, found through the module's bundle or
 * the platform's), the argument the constraint's {@code max} where it has one. {@code JsonBodyBinding} validates
 * every bound JSON body with it, before the resource runs; services apply the same rules with {@link TextRules}.
 */
public final class InputRules {

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    }

    private InputRules() {
    }

    /** The problems of {@code input}; none for {@code null}. */
    public static List<Refusal.FieldProblem> problems(Object input) {
        if (input == null) {
            return List.of();
        }
        Validator validator = Holder.FACTORY.getValidator();
        return problems(validator.validate(input));
    }

    /** Violations (of a bean, or of a resource method's parameters) as field problems, sorted by field. */
    public static List<Refusal.FieldProblem> problems(Set<? extends ConstraintViolation<?>> violations) {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            problems.add(problem(violation, field(violation.getPropertyPath().toString())));
        }
        problems.sort(Comparator.comparing(Refusal.FieldProblem::field));
        return problems;
    }

    /** One violation as a field problem named {@code field}. */
    public static Refusal.FieldProblem problem(ConstraintViolation<?> violation, String field) {
        String template = violation.getMessageTemplate();
        boolean key = template != null && template.startsWith("{") && template.endsWith("}");
        Object max = violation.getConstraintDescriptor() == null ? null : violation.getConstraintDescriptor().getAttributes().get("max");
        if (key) {
            String name = template.substring(1, template.length() - 1);
            if (name.startsWith("problem.") || name.startsWith("validation.")) {
                return max == null ? new Refusal.FieldProblem(field, name) : new Refusal.FieldProblem(field, name, max);
            }
        }
        return new Refusal.FieldProblem(field, "problem.field.invalid", violation.getMessage());
    }

    /**
     * A property path as the caller knows the field: a parameter's path ({@code update.arg1.data.name}) without its
     * method and parameter nodes; a bean's path as it is.
     */
    static String field(String path) {
        String[] parts = path.split("\\.", 3);
        if (parts.length >= 2 && parts[1].matches("arg\\d+")) {
            return parts.length == 3 ? parts[2] : parts[1];
        }
        return path;
    }
}
