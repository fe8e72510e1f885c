package nl.kennisveiligheid.signals.control.lists;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names as lists write them ("Iran (Islamic Republic of)", "Russian Federation", "Democratic People's
 * Republic of Korea") to ISO 3166-1 alpha-2 codes: the English names Java knows, the UN's formal names and the usual
 * short forms, and the Dutch names (a screener may type "Zweden").
 */
public final class Countries {

    /** ISO 3166-1 alpha-2 codes. */
    public static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : CODES) {
            BY_NAME.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.putIfAbsent(key(new Locale("", code).getDisplayCountry(Locale.forLanguageTag("nl"))), code);
        }
        String[][] more = {
                {"russian federation", "RU"}, {"russia", "RU"}, {"iran islamic republic of", "IR"}, {"iran", "IR"},
                {"democratic peoples republic of korea", "KP"}, {"north korea", "KP"}, {"dprk", "KP"}, {"korea north", "KP"},
                {"republic of korea", "KR"}, {"south korea", "KR"}, {"korea south", "KR"}, {"syrian arab republic", "SY"}, {"syria", "SY"},
                {"united states of america", "US"}, {"usa", "US"}, {"united states", "US"},
                {"united kingdom of great britain and northern ireland", "GB"}, {"united kingdom", "GB"}, {"uk", "GB"},
                {"viet nam", "VN"}, {"vietnam", "VN"}, {"lao peoples democratic republic", "LA"}, {"laos", "LA"},
                {"bolivia plurinational state of", "BO"}, {"venezuela bolivarian republic of", "VE"}, {"united republic of tanzania", "TZ"},
                {"democratic republic of the congo", "CD"}, {"congo democratic republic", "CD"}, {"congo", "CG"}, {"republic of the congo", "CG"},
                {"republic of moldova", "MD"}, {"moldova", "MD"}, {"turkiye", "TR"}, {"turkey", "TR"}, {"cote divoire", "CI"},
                {"ivory coast", "CI"}, {"state of palestine", "PS"}, {"palestine", "PS"}, {"palestinian", "PS"}, {"gaza", "PS"},
                {"west bank", "PS"}, {"north macedonia", "MK"}, {"the former yugoslav republic of macedonia", "MK"}, {"macedonia", "MK"},
                {"burma", "MM"}, {"myanmar", "MM"}, {"czech republic", "CZ"}, {"czechia", "CZ"}, {"libyan arab jamahiriya", "LY"},
                {"libya", "LY"}, {"brunei darussalam", "BN"}, {"cabo verde", "CV"}, {"eswatini", "SZ"}, {"swaziland", "SZ"},
                {"micronesia federated states of", "FM"}, {"holy see", "VA"}, {"china", "CN"}, {"peoples republic of china", "CN"},
                {"taiwan", "TW"}, {"hong kong", "HK"}, {"macau", "MO"}, {"kosovo", "XK"}, {"yemen", "YE"}, {"sudan", "SD"},
                {"south sudan", "SS"}, {"bosnia and herzegovina", "BA"}, {"the netherlands", "NL"}, {"netherlands", "NL"},
                {"saint kitts and nevis", "KN"}, {"saint lucia", "LC"}, {"belarus", "BY"}, {"kyrgyzstan", "KG"}};
        for (String[] pair : more) {
            BY_NAME.put(pair[0], pair[1]);
        }
    }

    private static final Map<String, String> BY_ALPHA3 = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            BY_ALPHA3.put(new Locale("", code).getISO3Country(), code);
        }
        BY_ALPHA3.put("XKX", "XK");
        BY_ALPHA3.put("PSG", "PS");
    }

    private Countries() {
    }

    /** The alpha-2 code of an ISO 3166 alpha-3 code (V-Dem's {@code XKX} and {@code PSG} too), or null. */
    static String ofAlpha3(String alpha3) {
        return alpha3 == null ? null : BY_ALPHA3.get(alpha3.trim().toUpperCase(Locale.ROOT));
    }

    /** The code of a country name or code, or null when it is not a country this table knows. */
    public static String code(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        if (trimmed.length() == 2 && CODES.contains(trimmed.toUpperCase(Locale.ROOT))) {
            return trimmed.toUpperCase(Locale.ROOT);
        }
        return BY_NAME.get(key(trimmed));
    }

    /** The code of a country name, or the name as written when unknown (lists keep what they say). */
    static String codeOrName(String name) {
        String code = code(name);
        return code != null ? code : name.trim();
    }

    private static String key(String name) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else if (c == '\'' || c == '\u2019' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
