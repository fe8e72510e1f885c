package nl.kennisveiligheid.platform.api;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A setting read afresh on every question, for safeguards that must hold at once when changed (e.g. four-eyes on
 * publication): first the system property, then the environment variable (the property upper-cased, every other
 * character an underscore: {@code techlist.four-eyes} → {@code TECHLIST_FOUR_EYES}), then MicroProfile Config
 * ({@code microprofile-config.properties}). Payara caches MicroProfile Config values for a while, so the first two
 * are read directly.
 */
public final class LiveSetting {

    private LiveSetting() {
    }

    public static Optional<String> of(String property) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(variable(property))))
                .or(() -> ConfigProvider.getConfig().getOptionalValue(property, String.class));
    }

    /** {@code true} only when the setting says {@code true} (any case); {@code false} when absent. */
    public static boolean flag(String property) {
        return of(property).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }

    /**
     * A positive number of bytes (a size limit): {@code fallback} when the setting is absent, and also, with a warning
     * in the log, when it is not a positive whole number.
     */
    public static long positiveBytes(String property, long fallback) {
        String value = of(property).map(String::trim).orElse("");
        try {
            long bytes = value.isEmpty() ? fallback : Long.parseLong(value);
            if (bytes > 0) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        java.util.logging.Logger.getLogger(LiveSetting.class.getName())
                .warning(() -> "Setting " + property + " must be a positive number of bytes; using " + fallback);
        return fallback;
    }

    /**
     * A whole number from {@code min} to {@code max} (weeks, years): {@code fallback} when the setting is absent, and also,
     * with a warning in the log, when it is not a whole number in that range.
     */
    public static int wholeNumber(String property, int fallback, int min, int max) {
        String value = of(property).map(String::trim).orElse("");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        java.util.logging.Logger.getLogger(LiveSetting.class.getName())
                .warning(() -> "Setting " + property + " must be a whole number from " + min + " to " + max + "; using " + fallback);
        return fallback;
    }

    static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
