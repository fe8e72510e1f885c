package nl.kennisveiligheid.platform.control;

/**
 * Start-up cannot go on. {@link #subject()} names what to fix: a setting (as its environment variable),
 * or a module's migration. The platform prints one ERROR line and stops the process.
 */
public class StartupFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final java.util.List<StartupFailure> together;

    public StartupFailure(String subject, String message) {
        super(message);
        this.subject = subject;
        this.together = java.util.List.of();
    }

    public StartupFailure(String subject, String message, Throwable cause) {
        super(message, cause);
        this.subject = subject;
        this.together = java.util.List.of();
    }

    private StartupFailure(java.util.List<StartupFailure> together) {
        super(together.stream().map(f -> f.subject + ": " + f.getMessage()).collect(java.util.stream.Collectors.joining("; ")));
        this.subject = together.get(0).subject;
        this.together = java.util.List.copyOf(together);
    }

    /** Several things to fix, named in one line so that one restart is enough; the first alone when it is one. */
    public static StartupFailure together(java.util.List<StartupFailure> failures) {
        return failures.size() == 1 ? failures.get(0) : new StartupFailure(failures);
    }

    /** A secret production mode cannot start without ({@link Settings#REQUIRED_IN_PRODUCTION}). */
    public static StartupFailure requiredInProduction(String key) {
        return setting(key, "is required in production mode (" + Settings.REQUIRED_IN_PRODUCTION.get(key) + ")");
    }

    public static StartupFailure setting(String key, String message) {
        return new StartupFailure("setting " + Settings.environmentName(key) + " (" + key + ")", message);
    }

    public String subject() {
        return subject;
    }

    /** The single line printed before the process exits. */
    public String line() {
        return "ERROR Screening kennisveiligheid cannot start: " + (together.isEmpty() ? subject + ": " : "") + oneLine(getMessage());
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
