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

    /** The days the decrees of 2022 and 2026-2028 equate with holidays (shipped by platform migration V6). */
    static final java.util.Set<LocalDate> DECREED = java.util.Set.of(LocalDate.of(2023, 4, 28), LocalDate.of(2023, 5, 19),
            LocalDate.of(2024, 5, 10), LocalDate.of(2024, 12, 27), LocalDate.of(2025, 5, 30), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15),
            LocalDate.of(2027, 5, 7), LocalDate.of(2028, 4, 28), LocalDate.of(2028, 5, 26));

    /** Holidays of art. 3 and the equated days: the properties hold for both. */
    static final TermCalculator ATW = new TermCalculator(day -> DECREED.contains(day)
            ? java.util.Optional.of(new nl.kennisveiligheid.platform.api.calendar.Holiday(day, "holiday.EQUATED", "Koninklijk besluit"))
            : TermCalculatorTest.artThree(day));

    /** Days from 1990 to 2100, half of them in 2023-2028, the years with equated days. */
    @Provide
    Arbitrary<LocalDate> days() {
        Arbitrary<LocalDate> any = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> decreed = Arbitraries.longs().between(LocalDate.of(2022, 11, 1).toEpochDay(), LocalDate.of(2028, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Arbitraries.oneOf(any, decreed);
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

    /** Awb 4:15: a day is suspended or not; two supplement requests whose periods overlap count each day once. */
    @Property(tries = 2000)
    void overlappingSuspensionsEqualTheirUnion(@ForAll("days") LocalDate event, @ForAll @IntRange(min = 1, max = 12) int weeks,
                                               @ForAll @IntRange(min = 0, max = 6) int asked, @ForAll @IntRange(min = 2, max = 30) int firstLength,
                                               @ForAll @IntRange(min = 0, max = 40) int overlapStart, @ForAll @IntRange(min = 2, max = 30) int secondLength) {
        Suspension first = Suspension.supplement(event.plusDays(asked), event.plusDays(asked + firstLength));
        // the second is asked while the first runs (or the day it ends): the periods overlap or touch
        int secondAsked = asked + Math.min(overlapStart, firstLength - 1);
        Suspension second = Suspension.supplement(event.plusDays(secondAsked), event.plusDays(secondAsked + secondLength));
        LocalDate from = first.firstDay();
        LocalDate until = first.lastDay().isAfter(second.lastDay()) ? first.lastDay() : second.lastDay();
        TermResult both = ATW.endOfTerm(event, Term.weeks(weeks), List.of(first, second), List.of());
        TermResult union = ATW.endOfTerm(event, Term.weeks(weeks), List.of(Suspension.withConsent(from, until, "union")), List.of());
        assertEquals(union.end(), both.end(), "two overlapping suspensions end the term where their union does");
        assertEquals(until.toEpochDay() - from.toEpochDay() + 1, both.steps().stream().filter(st -> st.kind() == TermStep.Kind.SUSPENSION)
                .mapToLong(TermStep::days).sum(), "each day suspended once");
    }

    /** Adding a suspended day never moves the end earlier. */
    @Property(tries = 2000)
    void aSuspendedDayMoreNeverMovesTheEndEarlier(@ForAll("days") LocalDate event, @ForAll @IntRange(min = 1, max = 16) int weeks,
                                                  @ForAll @IntRange(min = 0, max = 6) int asked, @ForAll @IntRange(min = 0, max = 40) int length) {
        Suspension shorter = Suspension.supplement(event.plusDays(asked), event.plusDays(asked + length));
        Suspension longer = Suspension.supplement(event.plusDays(asked), event.plusDays(asked + length + 1));
        LocalDate before = ATW.endOfTerm(event, Term.weeks(weeks), List.of(shorter), List.of()).end();
        LocalDate after = ATW.endOfTerm(event, Term.weeks(weeks), List.of(longer), List.of()).end();
        assertFalse(after.isBefore(before), event + ": " + before + " then " + after);
    }

    /** Atw art. 4: a statutory term of at most twelve weeks never ends on a Saturday, Sunday or holiday, whatever was suspended. */
    @Property(tries = 2000)
    void aStatutoryTermUnderTwelveWeeksNeverEndsOnADayOff(@ForAll("days") LocalDate event, @ForAll @IntRange(min = 1, max = 12) int weeks,
                                                         @ForAll @IntRange(min = 0, max = 6) int asked, @ForAll @IntRange(min = 0, max = 60) int length) {
        LocalDate end = ATW.endOfTerm(event, Term.weeks(weeks), List.of(Suspension.supplement(event.plusDays(asked), event.plusDays(asked + length))),
                List.of()).end();
        assertTrue(ATW.isWorkingDay(end), "never a Saturday, Sunday or holiday: " + end);
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
