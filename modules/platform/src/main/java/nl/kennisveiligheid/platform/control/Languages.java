package nl.kennisveiligheid.platform.control;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The product's languages: Dutch (default) and English. Pages follow the user's choice (the {@code lang}
 * cookie, set by the language switch); REST follows {@code Accept-Language}.
 */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final Locale DEFAULT = DUTCH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    public static final String COOKIE = "lang";
    public static final String REQUEST_ATTRIBUTE = "nl.kennisveiligheid.locale";

    private Languages() {
    }

    /** The supported locale for a language code such as {@code nl} or {@code en}. */
    public static Optional<Locale> forCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = code.trim().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The locale of a page request: chosen this request, else the cookie, else Dutch. */
    public static Locale forPage(HttpServletRequest request) {
        Object chosen = request.getAttribute(REQUEST_ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Locale> locale = forCode(cookie.getValue());
                    if (locale.isPresent()) {
                        return locale.get();
                    }
                }
            }
        }
        return DEFAULT;
    }

    /** The locale for an API caller: the first supported language in {@code Accept-Language}, else Dutch. */
    public static Locale forApi(List<Locale> acceptable) {
        for (Locale candidate : acceptable == null ? Collections.<Locale>emptyList() : acceptable) {
            Optional<Locale> supported = forCode(candidate.getLanguage());
            if (supported.isPresent()) {
                return supported.get();
            }
        }
        return DEFAULT;
    }
}
