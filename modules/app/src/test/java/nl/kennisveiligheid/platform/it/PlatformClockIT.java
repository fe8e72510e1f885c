package nl.kennisveiligheid.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.control.ConfigurableClock;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform clock: Dutch time, settable in demo mode with test support. */
@ExtendWith(ArquillianExtension.class)
class PlatformClockIT {

    @Inject
    PlatformClock clock;

    @Inject
    ConfigurableClock settable;

    @AfterEach
    void release() {
        settable.fix(null);
    }

    @Test
    void todayIsTheDateInAmsterdam() {
        settable.fix(Instant.parse("2026-03-28T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 3, 29), clock.today(), "00:30 in Amsterdam is already the next day");
        settable.fix(Instant.parse("2026-10-24T21:59:00Z"));
        assertEquals(LocalDate.of(2026, 10, 24), clock.today(), "23:59 summer time");
        settable.fix(Instant.parse("2026-10-25T23:00:00Z"));
        assertEquals(LocalDate.of(2026, 10, 26), clock.today(), "00:00 winter time");
    }

    @Test
    void releasedClockRunsAgain() {
        settable.fix(Instant.parse("2020-01-01T00:00:00Z"));
        settable.fix(null);
        assertFalse(settable.isFixed());
        assertFalse(clock.now().isBefore(Instant.parse("2026-01-01T00:00:00Z")));
    }
}
