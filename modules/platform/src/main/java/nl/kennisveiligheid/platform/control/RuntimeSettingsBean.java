package nl.kennisveiligheid.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Throws a {@link StartupFailure} naming the settings that are wrong: an unknown mode alone; in production every
     * test-only setting given and every required secret missing, together.
     */
    public void verify() {
        Config config = ConfigProvider.getConfig();
        if (mode == null) {
            throw StartupFailure.setting(Settings.MODE, "must be 'demo' or 'production', is '"
                    + config.getOptionalValue(Settings.MODE, String.class).orElse("") + "'");
        }
        if (mode == Mode.PRODUCTION) {
            List<StartupFailure> wrong = new ArrayList<>();
            for (String testOnly : Settings.TEST_ONLY) {
                Optional<String> value = config.getOptionalValue(testOnly, String.class);
                if (value.isPresent() && !value.get().isBlank() && !value.get().equalsIgnoreCase("false")) {
                    wrong.add(StartupFailure.setting(testOnly, "is a test-only setting and is refused in production mode"));
                }
            }
            Settings.REQUIRED_IN_PRODUCTION.keySet().stream().sorted()
                    .filter(key -> config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).isEmpty())
                    .forEach(key -> wrong.add(StartupFailure.requiredInProduction(key)));
            if (!wrong.isEmpty()) {
                throw StartupFailure.together(wrong);
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
