package nl.kennisveiligheid.platform.control.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.api.calendar.TermStep;

/** Properties of the term rules over a century of dates. */
class TermCalculatorPropertiesTest {

    static final TermCalculator ATW = TermCalculatorTest.ATW;

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 3000)
    void endIsAWorkingDayAndTheEarliestValidOne(@ForAll("days") LocalDate event, @ForAll @IntRange(min = 1, max = 70) int days) {
        TermResult result = ATW.endOfTerm(event, Term.days(days), List.of(), List.of());
        LocalDate end = result.end();
        assertTrue(ATW.isWorkingDay(end), "never a Saturday, Sunday or holiday: " + end);
        assertFalse(end.isBefore(result.plainEnd()), "never before the plain end");
        for (LocalDate earlier = result.plainEnd(); earlier.isBefore(end); earlier = earlier.plusDays(1)) {
            boolean valid = ATW.isWorkingDay(earlier) && (days < 3 || workingDays(event, earlier) >= 2);
            assertFalse(valid, "an earlier day would have been valid: " + earlier + " (result " + end + ")");
        }
    }

    @Property(tries = 3000)
    void termsOfThreeDaysOrMoreHoldTwoWorkingDays(@ForAll("days") LocalDate event, @ForAll @IntRange(min = 3, max = 20) int days) {
        LocalDate end = ATW.endOfTerm(event, Term.days(days), List.of(), List.of()).end();
        assertTrue(workingDays(event, end) >= 2, "art. 2 for " + event + " + " + days);
    }

    @Property(tries = 2000)
    void suspensionsAddUp(@ForAll("days") LocalDate event, @ForAll @IntRange(min = 1, max = 12) int weeks,
                          @ForAll @IntRange(min = 0, max = 30) int firstLength, @ForAll @IntRange(min = 0, max = 30) int secondLength,
                          @ForAll @IntRange(min = 0, max = 20) int gap) {
        Suspension first = new Suspension(event.plusDays(2), event.plusDays(2 + firstLength));
        Suspension second = new Suspension(event.plusDays(3 + firstLength + gap), event.plusDays(3 + firstLength + gap + secondLength));
        TermResult suspended = ATW.endOfTerm(event, Term.weeks(weeks), List.of(first, second), List.of());
        TermResult plain = ATW.endOfTerm(event, Term.days(weeks * 7 + (int) first.days() + (int) second.days()), List.of(), List.of());
        assertEquals(plain.end(), suspended.end());
    }

    @Property(tries = 2000)
    void stepsExplainTheResultWithoutGaps(@ForAll("days") LocalDate event, @ForAll @IntRange(min = 0, max = 60) int days,
                                          @ForAll @IntRange(min = 0, max = 4) int extensionWeeks) {
        TermResult result = ATW.endOfTerm(event, Term.days(days), List.of(), extensionWeeks == 0 ? List.of() : List.of(Term.weeks(extensionWeeks)));
        LocalDate at = event;
        for (TermStep step : result.steps()) {
            assertEquals(at, step.from(), "steps follow each other");
            assertEquals(step.days(), step.to().toEpochDay() - step.from().toEpochDay(), "days of " + step);
            at = step.to();
        }
        assertEquals(result.end(), at);
    }

    static long workingDays(LocalDate event, LocalDate end) {
        long count = 0;
        for (LocalDate day = event.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (ATW.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
