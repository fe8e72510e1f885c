package nl.kennisveiligheid.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermStep;
import nl.kennisveiligheid.platform.control.calendar.AtwLegalCalendar;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The legal calendar with equated days kept in the database. */
@ExtendWith(ArquillianExtension.class)
class LegalCalendarIT {

    @Inject
    LegalCalendar calendar;

    @Inject
    AtwLegalCalendar maintenance;

    @Test
    void holidaysOfAYear() {
        assertEquals(9, calendar.holidays(2031).size());
        assertTrue(calendar.holidays(2026).stream().anyMatch(h -> h.date().equals(LocalDate.of(2026, 4, 6)) && h.key().equals("holiday.EASTER_MONDAY")));
    }

    @Test
    void theDecreesInForceAreShipped() {
        for (String day : new String[] {"2023-04-28", "2023-05-19", "2024-05-10", "2024-12-27", "2025-05-30",
                "2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"}) {
            LocalDate date = LocalDate.parse(day);
            assertFalse(calendar.isWorkingDay(date), day + " is equated with a holiday (migration V6)");
            assertTrue(calendar.holidays(date.getYear()).stream().anyMatch(h -> h.date().equals(date) && h.key().equals("holiday.EQUATED")), day);
        }
        // a week from Friday 8 May 2026 ends on the Friday after Ascension Day (15 May), equated: on to Monday 18 May
        assertEquals(LocalDate.of(2026, 5, 18), calendar.endOfTerm(LocalDate.of(2026, 5, 8), Term.weeks(1)).end());
    }

    @Test
    void anEquatedDayCountsFromTheMomentItIsEntered() {
        LocalDate friday = LocalDate.of(2030, 5, 31); // the Friday after Ascension Day 2030 (30 May)
        LocalDate event = LocalDate.of(2030, 5, 24);
        assertEquals(friday, calendar.endOfTerm(event, Term.weeks(1)).end());
        maintenance.equate(friday, "Vrijdag na Hemelvaartsdag", "Besluit (test)");
        try {
            assertFalse(calendar.isWorkingDay(friday));
            var result = calendar.endOfTerm(event, Term.weeks(1));
            assertEquals(LocalDate.of(2030, 6, 3), result.end());
            assertEquals(TermStep.Kind.HOLIDAY, result.steps().get(1).kind());
            assertEquals("holiday.EQUATED", result.steps().get(1).holiday().key());
        } finally {
            maintenance.unequate(friday);
        }
        assertTrue(calendar.isWorkingDay(friday));
    }
}
