package nl.kennisveiligheid.platform.api;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Logger;

/** Texts from a module's bundle, and the messages a page shows after an action, in the page's language. */
public final class PageMessages {

    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    private PageMessages() {
    }

    /** The text under {@code key}, formatted ({@link Text} arguments put into words too); a missing key gives {@code ???key???} (which the browser tests look for) and a warning, never an exception. */
    public static String text(String bundle, String key, Locale locale, Object... arguments) {
        try {
            String pattern = pattern(bundle, key, locale);
            if (arguments == null || arguments.length == 0) {
                return pattern;
            }
            Object[] words = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                words[i] = word(arguments[i], locale);
            }
            return new MessageFormat(pattern, locale).format(words);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing text " + bundle + "/" + key + " for " + locale);
            return "???" + key + "???";
        }
    }

    /** A {@link Text} another module handed over, in {@code locale}. */
    public static String text(Text text, Locale locale) {
        return text == null ? "" : text(text.bundle(), text.key(), locale, text.arguments().toArray());
    }

    /** An argument put into words: a {@link Text} in the same language, a day as people write it ("12 april 1996"). */
    private static Object word(Object argument, Locale locale) {
        if (argument instanceof Text nested) {
            return text(nested.bundle(), nested.key(), locale, nested.arguments().toArray());
        }
        if (argument instanceof java.time.LocalDate day) {
            return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale).format(day);
        }
        return argument;
    }

    /**
     * The text of {@code key} in {@code bundle}, else in the platform's bundle: the problems every module shares
     * ({@code problem.field.text.length}, ...) are named once, there.
     */
    private static String pattern(String bundle, String key, Locale locale) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ResourceBundle own = ResourceBundle.getBundle(bundle, locale, loader);
        if (own.containsKey(key) || bundle.equals(Messages.PLATFORM_BUNDLE)) {
            return own.getString(key);
        }
        return ResourceBundle.getBundle(Messages.PLATFORM_BUNDLE, locale, loader).getString(key);
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

    /**
     * A {@link Refusal} on the page: its message for the whole page, and each field problem at its input.
     *
     * @param clientIds the client id of the input for a field name ({@code headEmail} → {@code unit:headEmail}); {@code null}
     *                  shows that field's problem for the whole page
     */
    public static void refused(Refusal refusal, Function<String, String> clientIds) {
        error(null, refusal.bundle(), refusal.messageKey(), refusal.arguments());
        for (Refusal.FieldProblem problem : refusal.fields()) {
            String clientId = problem.field() == null ? null : clientIds.apply(problem.field());
            error(clientId, refusal.bundle(), problem.messageKey(), problem.arguments().toArray());
        }
    }

    /** A {@link Refusal} on the page, every message for the whole page (what the exception handler does with one a bean let through). */
    public static void refused(Refusal refusal) {
        refused(refusal, field -> null);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text(bundle, key, faces.getViewRoot().getLocale(), arguments), null));
    }
}
