package nl.kennisveiligheid.platform.api.validation;

import java.util.Optional;
import nl.kennisveiligheid.platform.api.Refusal;

/**
 * What text input may hold, the same for every field of every module: no control characters (NUL and the other C0
 * and C1 controls; tab and line breaks only where the field has several lines), no bidirectional overrides or
 * isolates (U+202A–U+202E, U+2066–U+2069, which make a text read differently than it is stored), no half of a
 * surrogate pair, and not more characters than the field's column holds (counted in UTF-16 units, as H2 counts them:
 * a character outside the Basic Multilingual Plane, such as an emoji, counts twice; PostgreSQL would count it once). PostgreSQL refuses NUL in text; the others
 * would be stored and shown to the next reader.
 *
 * <p>Used by {@link PlainText} (Bean Validation on input records), by the REST layer for every JSON string and
 * every query and path parameter, and by the Faces validator every input passes. Each problem is the key of its
 * message in the platform bundle ({@code problem.field.text.*}).
 */
public final class TextRules {

    /** Too long: {0} is the maximum. */
    public static final String TOO_LONG = "problem.field.text.length";
    /** A control character (NUL, bell, escape, ...). */
    public static final String CONTROL = "problem.field.text.control";
    /** A line break or tab in a field of one line. */
    public static final String LINE_BREAK = "problem.field.text.lineBreak";
    /** A bidirectional override or isolate. */
    public static final String BIDI = "problem.field.text.bidi";
    /** Half of a surrogate pair. */
    public static final String SURROGATE = "problem.field.text.surrogate";

    private TextRules() {
    }

    /** The text without surrounding white space, or {@code null} when nothing is left (the one reading of an optional field). */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@code value} cut to at most {@code max} UTF-16 units, as a column of that length holds it (null stays null). */
    public static String clipped(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** The problem with {@code text} as content of a field, or empty when there is none ({@code max} < 0: no limit). */
    public static Optional<String> problem(CharSequence text, int max, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<String> characters = characterProblem(text, multiLine);
        if (characters.isPresent()) {
            return characters;
        }
        if (max >= 0 && text.length() > max) {
            return Optional.of(TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * The problem with {@code value} as the content of the input field {@code field}, its maximum as the message's
     * argument ({0}); empty when there is none.
     */
    public static Optional<Refusal.FieldProblem> fieldProblem(String field, CharSequence value, int max, boolean multiLine) {
        return problem(value, max, multiLine).map(key -> new Refusal.FieldProblem(field, key, max));
    }

    /** The problem with a character of {@code text}, or empty. */
    public static Optional<String> characterProblem(CharSequence text, boolean multiLine) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (c == '\t' || c == '\n' || c == '\r') {
                    if (!multiLine) {
                        return Optional.of(LINE_BREAK);
                    }
                } else {
                    return Optional.of(CONTROL);
                }
            } else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return Optional.of(BIDI);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Optional.of(SURROGATE);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(SURROGATE);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} holds a character no field may hold, wherever it is (multi-line rules). */
    public static boolean hasForbiddenCharacter(CharSequence text) {
        return text != null && characterProblem(text, true).isPresent();
    }
}
