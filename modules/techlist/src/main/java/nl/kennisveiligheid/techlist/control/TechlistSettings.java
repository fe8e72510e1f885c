package nl.kennisveiligheid.techlist.control;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kennisveiligheid.platform.api.LiveSetting;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The module's settings: {@code TECHLIST_FOUR_EYES} (a second list administrator approves every publication;
 * default off) and {@code TECHLIST_IMPORT_MAX_BYTES} (largest import file, default 1 MiB).
 *
 * <p>Four-eyes is looked up afresh on every publication ({@link LiveSetting}): a changed safeguard holds at once.
 */
@ApplicationScoped
public class TechlistSettings {

    public static final String FOUR_EYES = "techlist.four-eyes";
    public static final String IMPORT_MAX_BYTES = "techlist.import-max-bytes";

    public boolean fourEyes() {
        return LiveSetting.flag(FOUR_EYES);
    }

    public long importMaxBytes() {
        return ConfigProvider.getConfig().getOptionalValue(IMPORT_MAX_BYTES, Long.class).orElse(1_048_576L);
    }
}
