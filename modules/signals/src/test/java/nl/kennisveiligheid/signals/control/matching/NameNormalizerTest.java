package nl.kennisveiligheid.signals.control.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names to comparable words: case, diacritics, punctuation, hostile characters, and other scripts to Latin. */
class NameNormalizerTest {

    @Test
    void caseDiacriticsAndPunctuation() {
        assertEquals(List.of("jerome", "kakwavu", "bukande"), NameNormalizer.tokens("  JÉRÔME  Kakwavu-Bukande. "));
        assertEquals(List.of("al", "nuaymi", "abd", "al", "rahman"), NameNormalizer.tokens("AL-NU'AYMI, 'Abd al-Rahman"));
        assertEquals(List.of("daesh"), NameNormalizer.tokens("Da’esh"));
        assertEquals(List.of("ssss"), NameNormalizer.tokens("ßß"));
        assertEquals(List.of(), NameNormalizer.tokens("  -.,;  "));
        assertEquals(List.of(), NameNormalizer.tokens(null));
    }

    @Test
    void controlFormatAndBrokenCharactersAreDropped() {
        assertEquals(List.of("eric", "badege"), NameNormalizer.tokens("Eric\u202e Bad\u200dege"));
        assertEquals(List.of("eric", "badege"), NameNormalizer.tokens("Eric\u0000Badege"));
        assertEquals(List.of("eric", "badege"), NameNormalizer.tokens("Eric \ud800Badege"));
        assertEquals(List.of("b", "eric", "b"), NameNormalizer.tokens("<b>Eric</b>"));
        assertEquals(List.of("eric"), NameNormalizer.tokens("\uff25\uff52\uff49\uff43")); // full-width letters
    }

    @Test
    void otherScriptsWithTheNameTransformsWhereIcuHasThem() {
        // Russian-Latin/BGN, as lists spell Russian names
        assertEquals(List.of("sergey", "vitalyevich", "kurchenko"), NameNormalizer.tokens("Сергей Витальевич Курченко"));
        // Han-Latin/Names: pinyin by syllable
        assertEquals(List.of("mao", "ze", "dong"), NameNormalizer.tokens("毛泽东"));
        // Arabic and Greek are transliterated too (the lists' own original-script names do better for Arabic)
        assertEquals(false, NameNormalizer.tokens("أيمن الظواهري").isEmpty());
        assertEquals(List.of("alexandros"), NameNormalizer.tokens("Αλέξανδρος"));
    }
}
