package nl.kennisveiligheid.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiveSettingTest {

    @Test
    void theEnvironmentVariableIsThePropertyUpperCasedWithUnderscores() {
        assertEquals("TECHLIST_FOUR_EYES", LiveSetting.variable("techlist.four-eyes"));
        assertEquals("UNITS_IMPORT_MAX_BYTES", LiveSetting.variable("units.import.max-bytes"));
    }

    @Test
    void aChangedSystemPropertyHoldsAtOnce() {
        String property = "platform.test.live-setting";
        try {
            System.setProperty(property, " TRUE ");
            assertEquals(true, LiveSetting.flag(property));
            System.setProperty(property, "no");
            assertEquals(false, LiveSetting.flag(property), "read again, not remembered");
        } finally {
            System.clearProperty(property);
        }
    }
}
