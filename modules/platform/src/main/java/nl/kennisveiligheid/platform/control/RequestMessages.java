package nl.kennisveiligheid.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.PageMessages;

/**
 * Texts in the current user's language: the Faces view's locale on pages, else the locale the platform
 * put on the thread for this request (REST callers), else Dutch.
 */
@ApplicationScoped
public class RequestMessages implements Messages {

    private static final ThreadLocal<Locale> REQUEST_LOCALE = new ThreadLocal<>();

    public static void setRequestLocale(Locale locale) {
        REQUEST_LOCALE.set(locale);
    }

    public static void clearRequestLocale() {
        REQUEST_LOCALE.remove();
    }

    @Override
    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        Locale locale = REQUEST_LOCALE.get();
        return locale != null ? locale : Languages.DEFAULT;
    }

    @Override
    public String get(String bundle, String key, Object... arguments) {
        return text(bundle, key, locale(), arguments);
    }

    /** The text for a given locale; see {@link PageMessages#text}. */
    public static String text(String bundle, String key, Locale locale, Object... arguments) {
        return PageMessages.text(bundle, key, locale, arguments);
    }
}
