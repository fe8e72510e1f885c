package nl.kennisveiligheid.platform.control;

/**
 * Start-up cannot go on. {@link #subject()} names what to fix: a setting (as its environment variable),
 * or a module's migration. The platform prints one ERROR line and stops the process.
 */
public class StartupFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String subject;

    public StartupFailure(String subject, String message) {
        super(message);
        this.subject = subject;
    }

    public StartupFailure(String subject, String message, Throwable cause) {
        super(message, cause);
        this.subject = subject;
    }

    public static StartupFailure setting(String key, String message) {
        return new StartupFailure("setting " + Settings.environmentName(key) + " (" + key + ")", message);
    }

    public String subject() {
        return subject;
    }

    /** The single line printed before the process exits. */
    public String line() {
        return "ERROR Screening kennisveiligheid cannot start: " + subject + ": " + oneLine(getMessage());
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
