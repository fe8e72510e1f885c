package nl.kennisveiligheid.platform.control.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kennisveiligheid.platform.api.calendar.Holiday;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.api.calendar.TermStep.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-checked cases of the Awb / Algemene termijnenwet term rules (each worked out on a calendar). */
class TermCalculatorTest {

    static final TermCalculator ATW = new TermCalculator(TermCalculatorTest::artThree);

    static Optional<Holiday> artThree(LocalDate day) {
        return DutchHolidays.of(day.getYear()).stream().filter(h -> h.date().equals(day)).findFirst();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Stream<Arguments> plainTerms() {
        return Stream.of(
                // event, term, expected end, why
                Arguments.of("2026-11-23", Term.weeks(4), "2026-12-21", "Monday + 4 weeks is a Monday: no move"),
                Arguments.of("2026-11-27", Term.weeks(1), "2026-12-04", "Friday + 1 week: a Friday"),
                Arguments.of("2026-11-28", Term.weeks(1), "2026-12-07", "ends Saturday: on to Monday"),
                Arguments.of("2025-04-11", Term.weeks(1), "2025-04-22", "Good Friday, weekend, Easter Monday 2025: Tuesday"),
                Arguments.of("2025-04-14", Term.weeks(1), "2025-04-22", "Easter Monday 2025"),
                Arguments.of("2026-03-27", Term.weeks(1), "2026-04-07", "Good Friday 2026 to Tuesday after Easter"),
                Arguments.of("2026-03-30", Term.weeks(1), "2026-04-07", "Easter Monday 2026"),
                Arguments.of("2025-04-28", Term.weeks(1), "2025-05-06", "5 May 2025 is a Monday"),
                Arguments.of("2025-05-22", Term.weeks(1), "2025-05-30", "Ascension Day 2025; the Friday after is not a holiday by itself"),
                Arguments.of("2026-05-07", Term.weeks(1), "2026-05-15", "Ascension Day 2026"),
                Arguments.of("2025-04-19", Term.weeks(1), "2025-04-28", "King's Day 2025 falls on Saturday 26 April (27th is a Sunday)"),
                Arguments.of("2025-04-20", Term.weeks(1), "2025-04-28", "27 April 2025 is an ordinary Sunday"),
                Arguments.of("2026-04-20", Term.weeks(1), "2026-04-28", "King's Day 2026 on Monday 27 April"),
                Arguments.of("2026-12-18", Term.weeks(1), "2026-12-28", "Christmas Friday, Boxing Day Saturday, Sunday"),
                Arguments.of("2026-12-25", Term.weeks(1), "2027-01-04", "New Year's Day 2027 on a Friday, then the weekend"),
                Arguments.of("2025-12-25", Term.weeks(1), "2026-01-02", "New Year's Day 2026 on a Thursday"),
                Arguments.of("2025-06-02", Term.weeks(1), "2025-06-10", "Whit Monday 2025"),
                Arguments.of("2026-11-23", Term.weeks(6), "2027-01-04", "objection term: six weeks"),
                Arguments.of("2026-04-02", Term.days(3), "2026-04-08", "art. 2: three days over Easter hold no working day until Wednesday"),
                Arguments.of("2026-11-27", Term.days(3), "2026-12-01", "art. 2: Friday + 3 days has only Monday; Tuesday is the second"),
                Arguments.of("2026-11-27", Term.days(2), "2026-11-30", "two days: art. 2 does not apply; art. 1 moves Sunday to Monday"),
                Arguments.of("2026-11-27", Term.days(1), "2026-11-30", "one day ending on Saturday"),
                Arguments.of("2026-11-23", Term.days(0), "2026-11-23", "a term of nothing ends on the day itself"));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}: {3}")
    @MethodSource("plainTerms")
    void plainTerm(String event, Term term, String expected, String why) {
        assertEquals(d(expected), ATW.endOfTerm(d(event), term, List.of(), List.of()).end(), why);
    }

    @Test
    void easterSundays() {
        Map<Integer, String> known = Map.of(2000, "2000-04-23", 2024, "2024-03-31", 2025, "2025-04-20", 2026, "2026-04-05",
                2027, "2027-03-28", 2038, "2038-04-25", 2285, "2285-03-22", 1943, "1943-04-25");
        known.forEach((year, easter) -> assertEquals(d(easter), DutchHolidays.easterSunday(year), "Easter " + year));
    }

    @Test
    void suspensionAcrossEasterAddsEightDays() {
        // 4 weeks from Monday 16 March 2026 end on Monday 13 April; asked to supplement on 30 March, answered on
        // 8 April: suspended 31 March up to and including 7 April = 8 days (Easter inside them changes nothing)
        TermResult result = ATW.endOfTerm(d("2026-03-16"), Term.weeks(4), List.of(new Suspension(d("2026-03-30"), d("2026-04-08"))), List.of());
        assertEquals(d("2026-04-13"), result.plainEnd());
        assertEquals(d("2026-04-21"), result.end());
        assertEquals(Kind.SUSPENSION, result.steps().get(1).kind());
        assertEquals(8, result.steps().get(1).days());
    }

    @Test
    void suspensionPushingTheEndOntoKingsDay() {
        TermResult result = ATW.endOfTerm(d("2026-03-23"), Term.weeks(4), List.of(new Suspension(d("2026-04-01"), d("2026-04-09"))), List.of());
        assertEquals(d("2026-04-28"), result.end());
        assertEquals(Kind.HOLIDAY, result.steps().get(2).kind());
        assertEquals("holiday.KINGS_DAY", result.steps().get(2).holiday().key());
    }

    @Test
    void answerTheNextDaySuspendsNothing() {
        assertEquals(0, new Suspension(d("2026-11-24"), d("2026-11-25")).days());
        assertEquals(0, new Suspension(d("2026-11-24"), d("2026-11-24")).days());
        assertEquals(d("2026-12-21"), ATW.endOfTerm(d("2026-11-23"), Term.weeks(4),
                List.of(new Suspension(d("2026-11-24"), d("2026-11-25"))), List.of()).end());
    }

    @Test
    void extensionAddsToTheRunningTerm() {
        assertEquals(d("2027-01-18"), ATW.endOfTerm(d("2026-11-23"), Term.weeks(4), List.of(), List.of(Term.weeks(4))).end());
    }

    @Test
    void suspensionAndExtensionIntoChristmasExplainEveryStep() {
        TermResult result = ATW.endOfTerm(d("2026-11-02"), Term.weeks(4),
                List.of(new Suspension(d("2026-11-10"), d("2026-11-20"))), List.of(Term.days(16)));
        assertEquals(d("2026-12-28"), result.end());
        assertEquals(List.of(Kind.PLAIN_END, Kind.SUSPENSION, Kind.EXTENSION, Kind.HOLIDAY, Kind.HOLIDAY, Kind.SUNDAY),
                result.steps().stream().map(s -> s.kind()).toList());
        assertEquals(List.of("2026-11-30", "2026-12-09", "2026-12-25", "2026-12-26", "2026-12-27", "2026-12-28"),
                result.steps().stream().map(s -> s.to().toString()).toList());
    }

    @Test
    void equatedDayIsAHolidayToo() {
        LocalDate friday = d("2026-05-15");
        TermCalculator withDecree = new TermCalculator(day -> day.equals(friday)
                ? Optional.of(new Holiday(friday, "holiday.EQUATED", "Vrijdag na Hemelvaartsdag"))
                : artThree(day));
        assertEquals(d("2026-05-18"), withDecree.endOfTerm(d("2026-05-07"), Term.weeks(1), List.of(), List.of()).end());
    }
}
