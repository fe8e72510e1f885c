package nl.kennisveiligheid.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.kennisveiligheid.platform.api.Mode;
import nl.kennisveiligheid.platform.api.PlatformClock;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The platform clock. Runs with the system clock, except in demo mode where it can be fixed: by the
 * setting {@code clock.fixed} (an ISO date, a local date-time in Europe/Amsterdam, or an instant with
 * offset) or, with test support on, through {@link #fix(Instant)}. In production neither is possible.
 */
@ApplicationScoped
public class ConfigurableClock implements PlatformClock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    @Inject
    RuntimeSettingsBean settings;

    @PostConstruct
    void read() {
        Optional<String> setting = ConfigProvider.getConfig().getOptionalValue(Settings.CLOCK_FIXED, String.class);
        setting.filter(s -> !s.isBlank()).ifPresent(value -> {
            if (settings.mode() != Mode.DEMO) {
                throw StartupFailure.setting(Settings.CLOCK_FIXED, "is a test-only setting and is refused in production mode");
            }
            fixed.set(parse(value));
        });
    }

    static Instant parse(String value) {
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atTime(12, 0).atZone(ZONE).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw StartupFailure.setting(Settings.CLOCK_FIXED,
                    "'" + value + "' is not a date (2026-11-23), local date-time (2026-11-23T09:30) or instant");
        }
    }

    /** Demo data only ({@code DemoImpersonation}): the moment the clock answers with on this thread. */
    private static final ThreadLocal<Instant> THREAD_MOMENT = new ThreadLocal<>();

    public static void setThreadMoment(Instant at) {
        if (at == null) {
            THREAD_MOMENT.remove();
        } else {
            THREAD_MOMENT.set(at);
        }
    }

    @Override
    public Instant now() {
        Instant moment = THREAD_MOMENT.get();
        if (moment != null) {
            return moment;
        }
        Instant at = fixed.get();
        return at != null ? at : Instant.now();
    }

    /** Fixes the clock (demo mode with test support only); {@code null} lets it run again. */
    public void fix(Instant at) {
        if (!settings.testSupportEnabled()) {
            throw new IllegalStateException("The clock can only be set in demo mode with test support on");
        }
        fixed.set(at);
    }

    public boolean isFixed() {
        return fixed.get() != null;
    }
}
