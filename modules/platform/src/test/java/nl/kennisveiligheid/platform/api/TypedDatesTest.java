package nl.kennisveiligheid.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as people here type them are read as the day they mean; what is no day is none. */
class TypedDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"12-04-1996", "12-4-1996", "1996-04-12", "1996-4-12", " 12/4/1996 ", "12.04.1996", "12 april 1996", "12 April 1996",
            "12  APRIL   1996"})
    void theWaysPeopleTypeADayAreRead(String typed) {
        assertEquals(Optional.of(LocalDate.of(1996, 4, 12)), TypedDates.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "31-02-2026", "2026-13-01", "12-04-96", "1996/04/12x", "twaalf april", "12-04-1996; drop table", "0-0-0"})
    void whatIsNoDayIsNone(String typed) {
        assertEquals(Optional.empty(), TypedDates.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1996-04-12"})
    void aDayIsShownTheDutchWay(String iso) {
        assertEquals("12-04-1996", TypedDates.SHOWN.format(LocalDate.parse(iso)));
    }
}
