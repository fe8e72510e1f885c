package nl.kennisveiligheid.platform.control.calendar;

import static nl.kennisveiligheid.platform.control.calendar.TermCalculatorTest.ATW;
import static nl.kennisveiligheid.platform.control.calendar.TermCalculatorTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermRequest;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.api.calendar.TermStep;
import org.junit.jupiter.api.Test;

/**
 * The corrections of issue 12, each with its article, each worked out on a calendar. The decision period runs from a
 * request received on Monday 26 October 2026: 4 weeks, plain end Monday 23 November 2026.
 */
class AwbAtwCorrectionsTest {

    private static final LocalDate RECEIVED = d("2026-10-26");
    private static final Term FOUR_WEEKS = Term.weeks(4);

    private static TermResult decisionPeriod(Suspension... suspensions) {
        return ATW.endOfTerm(RECEIVED, FOUR_WEEKS, List.of(suspensions), List.of());
    }

    @Test
    void awb415_workedExample_supplementAskedMondaySecondNovemberInOnTheSixteenth() {
        TermResult result = decisionPeriod(Suspension.supplement(d("2026-11-02"), d("2026-11-16")));
        TermStep suspension = result.steps().get(1);
        assertEquals(TermStep.Kind.SUSPENSION, suspension.kind());
        assertEquals(13, suspension.days(), "3 to 15 November");
        assertEquals(d("2026-11-03"), suspension.dates().get(0));
        assertEquals(d("2026-11-15"), suspension.dates().get(12));
        assertEquals(d("2026-12-06"), suspension.to(), "23 November + 13 days: Sunday 6 December");
        assertEquals(TermStep.Kind.SUNDAY, result.steps().get(2).kind(), "then Atw art. 1");
        assertEquals(d("2026-12-07"), result.end());
    }

    @Test
    void awb415_overlappingSuspensionsCountEachDayOnce() {
        // 3 to 15 November and 11 to 19 November: 3 to 19 November, 17 days (the old calendar added 13 + 9 = 22: 15 December)
        TermResult result = decisionPeriod(Suspension.supplement(d("2026-11-02"), d("2026-11-16")),
                Suspension.supplement(d("2026-11-10"), d("2026-11-20")));
        assertEquals(13, result.steps().get(1).days());
        assertEquals(4, result.steps().get(2).days(), "only 16 to 19 November are new");
        assertEquals(List.of(d("2026-11-16"), d("2026-11-17"), d("2026-11-18"), d("2026-11-19")), result.steps().get(2).dates());
        assertEquals(d("2026-12-10"), result.end());
    }

    @Test
    void awb415_aSuspensionOutsideTheRunningTermIsRefused() {
        Refusal late = assertThrows(Refusal.class, () -> decisionPeriod(Suspension.supplement(d("2026-11-24"), d("2026-11-30"))));
        assertEquals("suspension", late.fields().get(0).field());
        assertEquals("term.error.suspension.outside", late.fields().get(0).messageKey());
        assertThrows(Refusal.class, () -> decisionPeriod(Suspension.supplement(d("2026-10-20"), d("2026-10-30"))), "before the term began");
        assertEquals(d("2026-11-30"), decisionPeriod(Suspension.supplement(d("2026-11-23"), d("2026-11-30"))).end(),
                "on the last day the term still runs: 24 to 29 November suspended, 6 days");
        // a second request while the first keeps the term running past its plain end is inside the running term
        assertEquals(d("2026-12-03"), decisionPeriod(Suspension.supplement(d("2026-11-20"), d("2026-11-30")),
                Suspension.supplement(d("2026-11-25"), d("2026-12-01"))).end(),
                "21 to 29 November (9 days: 2 December); the second, asked 25 November, adds only 30 November: 3 December");
    }

    @Test
    void awb415Lid2_consentAndApplicantDelayCountWithSupplementsEachDayOnce() {
        TermResult result = decisionPeriod(Suspension.supplement(d("2026-11-02"), d("2026-11-16")),
                Suspension.withConsent(d("2026-11-10"), d("2026-11-20"), "advies ingewonnen"));
        assertEquals(18, result.steps().stream().filter(s -> s.kind() == TermStep.Kind.SUSPENSION).mapToLong(TermStep::days).sum(), "3 to 20 November");
        assertEquals(d("2026-12-11"), result.end());
        assertEquals(d("2026-11-30"), decisionPeriod(Suspension.applicantDelay(d("2026-11-05"), d("2026-11-11"), "afspraak verzet")).end(),
                "5 to 11 November: 7 days");
    }

    @Test
    void atw2_isJudgedOnTheTermsOwnLength() {
        // 2 days from Thursday 24 December 2026: Saturday 26th; 26 and 27 suspended: Monday 28th. Art. 2 does not apply
        // (a term of two days), though the term now spans four: the old calendar went on to Tuesday 29th.
        TermResult twoDays = ATW.endOfTerm(d("2026-12-24"), Term.days(2), List.of(Suspension.supplement(d("2026-12-25"), d("2026-12-28"))), List.of());
        assertEquals(d("2026-12-28"), twoDays.end());
        assertTrue(twoDays.steps().stream().noneMatch(s -> s.kind() == TermStep.Kind.TWO_WORKING_DAYS));
        // 3 days from the same Thursday: 25, 26, 27 are no ordinary days; art. 2 counts Monday 28 and Tuesday 29
        TermResult threeDays = ATW.endOfTerm(d("2026-12-24"), Term.days(3), List.of(), List.of());
        assertEquals(d("2026-12-29"), threeDays.end());
        TermStep artTwo = threeDays.steps().get(1);
        assertEquals(TermStep.Kind.TWO_WORKING_DAYS, artTwo.kind());
        assertEquals(List.of(d("2026-12-28"), d("2026-12-29")), artTwo.dates(), "the ordinary days it counted");
    }

    @Test
    void atw4_termsLongerThanTwelveWeeksThreeMonthsOrNinetyDaysAreNotExtended() {
        LocalDate saturday = d("2026-11-28");
        assertEquals(d("2027-02-27"), ATW.endOfTerm(saturday, Term.weeks(13)).end(), "13 weeks: stays on Saturday 27 February");
        assertEquals(TermStep.Kind.OUTSIDE_ATW, ATW.endOfTerm(saturday, Term.weeks(13)).steps().get(1).kind());
        assertEquals(d("2027-02-22"), ATW.endOfTerm(saturday, Term.weeks(12)).end(), "12 weeks: Saturday 20 February runs on to Monday");
        assertEquals(d("2027-02-28"), ATW.endOfTerm(d("2026-10-31"), Term.months(4)).end(), "4 months: stays on Sunday 28 February");
        assertEquals(d("2027-02-01"), ATW.endOfTerm(d("2026-10-31"), Term.months(3)).end(), "3 months: Sunday 31 January runs on");
        assertEquals(saturday.plusDays(91), ATW.endOfTerm(saturday, Term.days(91)).end(), "91 days: Saturday, stays");
        assertEquals(d("2027-02-26"), ATW.endOfTerm(saturday, Term.days(90)).end(), "90 days: Friday 26 February 2027, the Atw applies");
    }

    @Test
    void termsInMonthsEndOnTheSameDayOfTheMonthOrItsLastDay() {
        assertEquals(d("2026-03-02"), ATW.endOfTerm(d("2026-01-31"), Term.months(1)).end(), "28 February 2026 is a Saturday");
        assertEquals(d("2026-12-29"), ATW.endOfTerm(d("2026-11-29"), Term.months(1)).end(), "a Tuesday");
        assertEquals(d("2028-02-29"), ATW.endOfTerm(d("2028-01-31"), Term.months(1)).end(), "a leap year: Tuesday 29 February 2028");
    }

    @Test
    void atw1Lid2_aTermCountedBackwardsIsNeverExtended() {
        TermResult result = ATW.endOfTerm(new TermRequest(d("2026-12-30"), Term.days(10), true, true, List.of(), List.of()));
        assertEquals(d("2026-12-20"), result.end(), "a Sunday, and it stays");
        assertEquals(TermStep.Kind.BACKWARDS, result.steps().get(0).kind());
        assertEquals(1, result.steps().size());
        assertThrows(Refusal.class, () -> ATW.endOfTerm(new TermRequest(d("2026-12-30"), Term.days(10), true, true,
                List.of(Suspension.supplement(d("2026-12-01"), d("2026-12-05"))), List.of())));
    }

    @Test
    void aTermTheAuthoritySetsItselfMayBeComputedWithoutTheAtw() {
        TermRequest supplementTerm = new TermRequest(d("2026-11-28"), Term.weeks(2), false, false, List.of(), List.of());
        TermResult result = ATW.endOfTerm(supplementTerm);
        assertEquals(d("2026-12-12"), result.end(), "Awb 4:5 term: stays on Saturday 12 December");
        assertEquals(TermStep.Kind.NOT_STATUTORY, result.steps().get(1).kind());
        assertEquals(d("2026-12-14"), ATW.endOfTerm(d("2026-11-28"), Term.weeks(2)).end(), "statutory: on to Monday");
    }

    @Test
    void theExplanationNamesTheSuspendedDaysAndTheArticles() {
        TermResult result = decisionPeriod(Suspension.supplement(d("2026-11-02"), d("2026-11-16")));
        List<String> dutch = TermExplanation.lines(result, Locale.forLanguageTag("nl-NL"));
        assertEquals("4 weken na maandag 26 oktober 2026: maandag 23 november 2026.", dutch.get(0));
        assertTrue(dutch.get(1).contains("3 november 2026 tot en met 15 november 2026 opgeschort (13 dagen)"), dutch.get(1));
        assertEquals("6 december 2026 is een zondag: de termijn loopt door tot maandag 7 december 2026 (Atw art. 1).", dutch.get(2));
        List<String> english = TermExplanation.lines(result, Locale.UK);
        assertTrue(english.get(1).contains("suspended (13 days)") && english.get(1).contains("Awb 4:15"), english.get(1));
    }
}
