package nl.kennisveiligheid.platform.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text field of an input record: at most {@link #max} characters (the column's length), and only characters
 * {@link TextRules} allows (line breaks and tabs only when {@link #multiLine}). On a record component it applies to
 * the field (one violation, not two). {@code null} is valid: whether a field is required is the service's rule.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** The most characters (UTF-16 units) the field may hold: its column's length. */
    int max();

    /** Whether the field has several lines (tab and line breaks allowed). */
    boolean multiLine() default false;

    String message() default "{" + TextRules.TOO_LONG + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
