package nl.kennisveiligheid.platform.api;

import java.util.Locale;
import java.util.Optional;

/** How the product runs: with demonstration data and adjustable settings, or for real. */
public enum Mode {
    /** Demo data on first start, test settings allowed (adjustable clock, test support). */
    DEMO,
    /** Real use: no demo data, no test-only settings, a first system administrator from the environment. */
    PRODUCTION;

    public static Optional<Mode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "demo" -> Optional.of(DEMO);
            case "production" -> Optional.of(PRODUCTION);
            default -> Optional.empty();
        };
    }
}
