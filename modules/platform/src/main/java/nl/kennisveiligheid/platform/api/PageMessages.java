package nl.kennisveiligheid.platform.api;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/** Texts from a module's bundle, and the messages a page shows after an action, in the page's language. */
public final class PageMessages {

    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    private PageMessages() {
    }

    /** The text under {@code key}, formatted; a missing key gives the key itself and a warning, never an exception. */
    public static String text(String bundle, String key, Locale locale, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, Thread.currentThread().getContextClassLoader()).getString(key);
            return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing text " + bundle + "/" + key + " for " + locale);
            return key;
        }
    }

    /** A confirmation for the whole page. */
    public static void info(String bundle, String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, bundle, key, arguments);
    }

    /** An error, on a field ({@code clientId}) or the whole page ({@code null}); marks the request as failed. */
    public static void error(String clientId, String bundle, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, bundle, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text(bundle, key, faces.getViewRoot().getLocale(), arguments), null));
    }
}
