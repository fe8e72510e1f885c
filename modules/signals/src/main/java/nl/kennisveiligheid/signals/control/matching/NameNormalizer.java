package nl.kennisveiligheid.signals.control.matching;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names to comparable words: Unicode compatibility forms folded, control and format characters (right-to-left
 * overrides, zero-width joiners, unpaired surrogates) dropped, other scripts transliterated to Latin with ICU's
 * name transforms where it has them ({@code Russian-Latin/BGN}, {@code Han-Latin/Names}) and {@code Any-Latin}
 * otherwise, diacritics removed, lower case, apostrophes joined ({@code Da'esh} is {@code daesh}), a hyphen between
 * words kept as the mark of a hyphenated name ({@code sally-anne}), every other punctuation a word break. Plain {@code Any-Latin} alone gives spellings no list uses; the lists' own
 * original-script names, normalised the same way, catch what the transforms miss. Thread-safe; the transliterators
 * are made once (ICU takes about 0.7 s to build one) and used one caller at a time.
 */
public final class NameNormalizer {

    private static final Map<Character.UnicodeScript, String> TRANSFORMS = new EnumMap<>(Map.of(
            Character.UnicodeScript.CYRILLIC, "Russian-Latin/BGN; Any-Latin",
            Character.UnicodeScript.HAN, "Han-Latin/Names; Any-Latin",
            Character.UnicodeScript.ARABIC, "Arabic-Latin; Any-Latin",
            Character.UnicodeScript.GREEK, "Greek-Latin/UNGEGN; Any-Latin"));
    private static final String FALLBACK = "Any-Latin";
    private static final Map<String, Transliterator> MADE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");

    private NameNormalizer() {
    }

    /** The words of a name, normalised; empty for a name without letters or digits. */
    public static List<String> tokens(String name) {
        return List.of(words(name).tokens());
    }

    /** The words of a name and, for each, whether a hyphen joins it to the word before ({@code Sally-Anne}, {@code Tong-chol}). */
    public record Words(String[] tokens, boolean[] hyphenBefore) {
    }

    /** The words of a name with their hyphens. */
    public static Words words(String name) {
        String text = normalise(name);
        List<String> tokens = new ArrayList<>();
        List<Boolean> hyphens = new ArrayList<>();
        boolean hyphen = false;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ' || c == '-') {
                if (i > start) {
                    tokens.add(text.substring(start, i));
                    hyphens.add(hyphen);
                }
                hyphen = c == '-';
                start = i + 1;
            }
        }
        boolean[] before = new boolean[hyphens.size()];
        for (int i = 0; i < before.length; i++) {
            before[i] = hyphens.get(i);
        }
        return new Words(tokens.toArray(String[]::new), before);
    }

    /** A name as one normalised string of words separated by single spaces. */
    public static String normalise(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String text = Normalizer.normalize(clean(name), Normalizer.Form.NFKC);
        Character.UnicodeScript script = foreignScript(text);
        if (script != null) {
            text = transliterate(TRANSFORMS.getOrDefault(script, FALLBACK), text);
        }
        if (!isAscii(text)) {
            text = transliterate(null, text);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                space = false;
            } else if (c == '\'' || c == '`' || c == '\u02bf' || c == '\u02be' || c == '\u2019' || c == '\u2018') {
                continue; // apostrophes and ayn/hamza signs join
            } else if (!space) {
                out.append(c == '-' || c == '\u2010' || c == '\u2011' ? '-' : ' ');
                space = true;
            } else if (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
                out.setCharAt(out.length() - 1, ' '); // "a - b": not a hyphenated name
            }
        }
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '-')) {
            end--;
        }
        return out.substring(0, end);
    }

    /** The text without control, format, private-use and unpaired surrogate characters. */
    static String clean(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                out.append(c).append(name.charAt(++i));
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                out.append(type == Character.CONTROL ? ' ' : "");
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The first script of a letter that is not Latin, or null when every letter is Latin. */
    private static Character.UnicodeScript foreignScript(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x250 || !Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED) {
                return script;
            }
        }
        return null;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String transliterate(String id, String text) {
        Transliterator transliterator = id == null ? TO_ASCII : MADE.computeIfAbsent(id, Transliterator::getInstance);
        synchronized (transliterator) {
            return transliterator.transliterate(text);
        }
    }
}
