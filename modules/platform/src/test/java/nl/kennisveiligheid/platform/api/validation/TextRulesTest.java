package nl.kennisveiligheid.platform.api.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void plainTextOfEveryScriptPasses() {
        for (String text : new String[] {"Technische Natuurkunde", "Zoë d'Ancona", "张伟", "Алексей", "محمد", "😀 emoji", "a < b & c"}) {
            assertEquals(Optional.empty(), TextRules.problem(text, 200, false), text);
        }
    }

    @Test
    void controlCharactersAreRefusedAndLineBreaksOnlyWhereAFieldHasLines() {
        assertEquals(Optional.of(TextRules.CONTROL), TextRules.problem("a\u0000b", 200, true));
        assertEquals(Optional.of(TextRules.CONTROL), TextRules.problem("esc\u001b[31m", 200, true));
        assertEquals(Optional.of(TextRules.CONTROL), TextRules.problem("del\u007f", 200, true));
        assertEquals(Optional.of(TextRules.CONTROL), TextRules.problem("c1\u0085", 200, true));
        assertEquals(Optional.of(TextRules.LINE_BREAK), TextRules.problem("two\nlines", 200, false));
        assertEquals(Optional.of(TextRules.LINE_BREAK), TextRules.problem("tab\there", 200, false));
        assertEquals(Optional.empty(), TextRules.problem("two\r\nlines\tand a tab", 200, true));
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreRefused() {
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertEquals(Optional.of(TextRules.BIDI), TextRules.problem("invoice" + c + "exe.pdf", 200, true), Integer.toHexString(c));
        }
        for (char c : new char[] {'\u2065', '\u2070', '\u200e'}) {
            assertEquals(Optional.empty(), TextRules.problem("x" + c + "y", 200, true), "no override: " + Integer.toHexString(c));
        }
    }

    @Test
    void halfASurrogatePairIsRefusedAWholeOneIsNot() {
        assertEquals(Optional.of(TextRules.SURROGATE), TextRules.problem("half\ud800", 200, false));
        assertEquals(Optional.of(TextRules.SURROGATE), TextRules.problem("\udc00low", 200, false));
        assertEquals(Optional.of(TextRules.SURROGATE), TextRules.problem("\ud800\ud800\udc00", 200, false));
        assertEquals(Optional.empty(), TextRules.problem("\ud83d\ude00", 200, false));
    }

    @Test
    void theLengthIsTheColumnsInUtf16Units() {
        assertEquals(Optional.empty(), TextRules.problem("a".repeat(200), 200, false));
        assertEquals(Optional.of(TextRules.TOO_LONG), TextRules.problem("a".repeat(201), 200, false));
        assertEquals(Optional.of(TextRules.TOO_LONG), TextRules.problem("😀".repeat(101), 200, false), "an emoji counts twice, as in H2");
        assertEquals(Optional.empty(), TextRules.problem("a".repeat(100_000), -1, false), "no limit");
        assertEquals(Optional.of(TextRules.CONTROL), TextRules.problem("\u0000" + "a".repeat(300), 200, false), "the character first");
    }

    @Test
    void forbiddenAnywhereIgnoresLineBreaks() {
        assertFalse(TextRules.hasForbiddenCharacter("a\nb\tc"));
        assertTrue(TextRules.hasForbiddenCharacter("a\u202eb"));
        assertFalse(TextRules.hasForbiddenCharacter(null));
    }
}
