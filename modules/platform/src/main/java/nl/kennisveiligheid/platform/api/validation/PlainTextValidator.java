package nl.kennisveiligheid.platform.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link PlainText} field with {@link TextRules}; the violation's template is the problem's key in braces. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private int max;
    private boolean multiLine;

    @Override
    public void initialize(PlainText annotation) {
        max = annotation.max();
        multiLine = annotation.multiLine();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return TextRules.problem(value, max, multiLine).map(key -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
