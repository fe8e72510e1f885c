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

    @Test
    void aSizeLimitIsAPositiveNumberOfBytesOrTheDefault() {
        String property = "platform.test.max-bytes";
        try {
            System.setProperty(property, " 2048 ");
            assertEquals(2048L, LiveSetting.positiveBytes(property, 1024));
            System.setProperty(property, "0");
            assertEquals(1024L, LiveSetting.positiveBytes(property, 1024));
            System.setProperty(property, "64MB");
            assertEquals(1024L, LiveSetting.positiveBytes(property, 1024));
            System.setProperty(property, "");
            assertEquals(1024L, LiveSetting.positiveBytes(property, 1024), "empty: the default (absent is the same, read from MicroProfile Config in the server)");
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void aWholeNumberIsInItsRangeOrTheDefault() {
        String property = "platform.test.weeks";
        try {
            System.setProperty(property, " 6 ");
            assertEquals(6, LiveSetting.wholeNumber(property, 4, 1, 12));
            System.setProperty(property, "13");
            assertEquals(4, LiveSetting.wholeNumber(property, 4, 1, 12), "out of range");
            System.setProperty(property, "six");
            assertEquals(4, LiveSetting.wholeNumber(property, 4, 1, 12));
            System.setProperty(property, "");
            assertEquals(4, LiveSetting.wholeNumber(property, 4, 1, 12));
        } finally {
            System.clearProperty(property);
        }
    }
}
