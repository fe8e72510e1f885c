package nl.kennisveiligheid.decisions.control;

import java.util.List;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;
import nl.kennisveiligheid.platform.api.validation.TextRules;

/** How the decisions' services read a text the caller must give. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The required text {@code value} of {@code field}, stripped; when it is missing ({@code validation.required}) or breaks
     * the text rules (at most {@code max}), the problem is added to {@code problems} and what there is returned (null when
     * nothing).
     */
    static String required(List<FieldProblem> problems, String field, String value, int max, boolean multiLine) {
        String clean = TextRules.blankToNull(value);
        if (clean == null) {
            problems.add(new FieldProblem(field, "validation.required"));
        }
        TextRules.fieldProblem(field, clean, max, multiLine).ifPresent(problems::add);
        return clean;
    }
}
