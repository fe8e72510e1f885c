package nl.kennisveiligheid.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.Mode;
import nl.kennisveiligheid.platform.api.RuntimeSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads and validates the platform settings. {@link #verify()} runs first at start-up and refuses an
 * unknown mode and, in production, every test-only setting.
 */
@ApplicationScoped
public class RuntimeSettingsBean implements RuntimeSettings {

    private Mode mode;
    private boolean testSupport;
    private String publicUrl;
    private boolean behindTls;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        String rawMode = config.getOptionalValue(Settings.MODE, String.class).orElse("production");
        mode = Mode.parse(rawMode).orElse(null);
        testSupport = config.getOptionalValue(Settings.TEST_SUPPORT, String.class)
                .map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
        publicUrl = config.getOptionalValue(Settings.PUBLIC_URL, String.class).orElse("http://localhost:8080/");
        behindTls = config.getOptionalValue(Settings.BEHIND_TLS, String.class).filter(v -> !v.isBlank())
                .map(v -> v.trim().equalsIgnoreCase("true"))
                .orElse(publicUrl.toLowerCase(java.util.Locale.ROOT).startsWith("https://"));
    }

    /** Throws a {@link StartupFailure} naming the first setting that is wrong. */
    public void verify() {
        Config config = ConfigProvider.getConfig();
        if (mode == null) {
            throw StartupFailure.setting(Settings.MODE, "must be 'demo' or 'production', is '"
                    + config.getOptionalValue(Settings.MODE, String.class).orElse("") + "'");
        }
        if (mode == Mode.PRODUCTION) {
            for (String testOnly : new String[] {Settings.CLOCK_FIXED, Settings.TEST_SUPPORT}) {
                Optional<String> value = config.getOptionalValue(testOnly, String.class);
                if (value.isPresent() && !value.get().isBlank() && !value.get().equalsIgnoreCase("false")) {
                    throw StartupFailure.setting(testOnly, "is a test-only setting and is refused in production mode");
                }
            }
        }
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public boolean testSupportEnabled() {
        return testSupport && mode == Mode.DEMO;
    }

    @Override
    public String publicUrl() {
        return publicUrl;
    }

    @Override
    public boolean behindTls() {
        return behindTls;
    }
}
