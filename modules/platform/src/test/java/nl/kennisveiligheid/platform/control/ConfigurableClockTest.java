package nl.kennisveiligheid.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConfigurableClockTest {

    @Test
    void parsesDateLocalDateTimeInAmsterdamAndInstant() {
        assertEquals(Instant.parse("2026-11-23T11:00:00Z"), ConfigurableClock.parse("2026-11-23"), "noon in Amsterdam, winter");
        assertEquals(Instant.parse("2026-07-01T07:30:00Z"), ConfigurableClock.parse("2026-07-01T09:30"), "summer time");
        assertEquals(Instant.parse("2026-07-01T09:30:00Z"), ConfigurableClock.parse("2026-07-01T09:30:00Z"));
        assertEquals(Instant.parse("2026-07-01T07:30:00Z"), ConfigurableClock.parse("2026-07-01T09:30:00+02:00"));
    }

    @Test
    void nonsenseNamesTheSetting() {
        StartupFailure failure = assertThrows(StartupFailure.class, () -> ConfigurableClock.parse("tomorrow"));
        assertTrue(failure.line().contains("setting CLOCK_FIXED (clock.fixed)"), failure.line());
    }
}
