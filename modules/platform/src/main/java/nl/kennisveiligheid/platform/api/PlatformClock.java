package nl.kennisveiligheid.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The only source of "now" and "today" in the product. Inject it; never call {@code Instant.now()},
 * {@code LocalDate.now()} or similar in business code.
 *
 * <p>Legal time is Dutch time: {@link #zone()} is always Europe/Amsterdam. In demo mode the clock can be
 * fixed to a moment by the setting {@code clock.fixed}; in production it cannot.
 */
public interface PlatformClock {

    ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    Instant now();

    default ZoneId zone() {
        return ZONE;
    }

    default ZonedDateTime nowInZone() {
        return now().atZone(ZONE);
    }

    default LocalDate today() {
        return nowInZone().toLocalDate();
    }
}
