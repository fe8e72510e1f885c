package nl.kennisveiligheid.techlist.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The module's settings: {@code TECHLIST_FOUR_EYES} (a second list administrator approves every publication;
 * default off) and {@code TECHLIST_IMPORT_MAX_BYTES} (largest import file, default 1 MiB).
 *
 * <p>Four-eyes is looked up on every publication, first as a system property and an environment variable
 * (read directly: Payara caches MicroProfile Config values for a while, and a changed safeguard must hold at
 * once), then through MicroProfile Config ({@code microprofile-config.properties}).
 */
@ApplicationScoped
public class TechlistSettings {

    public static final String FOUR_EYES = "techlist.four-eyes";
    static final String FOUR_EYES_VARIABLE = "TECHLIST_FOUR_EYES";
    public static final String IMPORT_MAX_BYTES = "techlist.import-max-bytes";

    public boolean fourEyes() {
        Optional<String> value = Optional.ofNullable(System.getProperty(FOUR_EYES))
                .or(() -> Optional.ofNullable(System.getenv(FOUR_EYES_VARIABLE)))
                .or(() -> ConfigProvider.getConfig().getOptionalValue(FOUR_EYES, String.class));
        return value.map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }

    public long importMaxBytes() {
        return ConfigProvider.getConfig().getOptionalValue(IMPORT_MAX_BYTES, Long.class).orElse(1_048_576L);
    }
}
