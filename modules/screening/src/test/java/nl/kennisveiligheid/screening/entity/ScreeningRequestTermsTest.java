package nl.kennisveiligheid.screening.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.calendar.Holiday;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.control.calendar.DutchHolidays;
import nl.kennisveiligheid.platform.control.calendar.TermCalculator;
import nl.kennisveiligheid.screening.api.AccessData;
import nl.kennisveiligheid.screening.api.RequestData;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.SubjectData;
import org.junit.jupiter.api.Test;

/**
 * The decision period of a request through its life, with the platform's real term calculator (Awb 4:13-4:15 and
 * the Algemene termijnenwet, statutory holidays): each due date worked out on a calendar.
 */
class ScreeningRequestTermsTest {

    private static final TermCalculator ATW = new TermCalculator(ScreeningRequestTermsTest::holiday);

    private static Optional<Holiday> holiday(LocalDate day) {
        return DutchHolidays.of(day.getYear()).stream().filter(h -> h.date().equals(day)).findFirst();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ScreeningRequest submitted(String on) {
        RequestData data = new RequestData(new SubjectData("P-1", "Anna", "de Vries", null, d("1998-04-12"), null, "Utrecht", "NL",
                List.of("NL"), false, "a@example.nl", null, null),
                new AccessData(null, null, null, null, List.of(), null, null, null, null), List.of(), List.of(), null);
        ScreeningRequest request = ScreeningRequest.draft(1L, data, new ScreeningRequest.UnitChoice(null, null, null, null, null, List.of()), null);
        request.submit("KVS-2026-000001", d(on), OffsetDateTime.of(d(on).atTime(9, 0), ZoneOffset.UTC), 4);
        due(request, on);
        return request;
    }

    /** Computes and stores the due date as the module's control does; the result. */
    private static TermResult due(ScreeningRequest request, String today) {
        TermResult result = ATW.endOfTerm(request.termRequest());
        request.dueDateComputed(result.end(), null);
        return result;
    }

    @Test
    void fourWeeksFromTheDayAfterSubmissionThenTheNextWorkingDay() {
        assertEquals(d("2026-11-23"), submitted("2026-10-26").getDueOn(), "Monday to Monday");
        assertEquals(d("2026-12-28"), submitted("2026-11-27").getDueOn(), "Friday 25 December and Boxing Day (Saturday) then Sunday 27: Monday 28");
        assertEquals(d("2027-04-29"), submitted("2027-04-01").getDueOn(), "Thursday 29 April 2027");
        assertEquals(d("2027-04-28"), submitted("2027-03-30").getDueOn(), "27 April 2027 is King's Day (Tuesday): the next day");
    }

    @Test
    void theIssuesWorkedExampleASupplementAskedOnMondayAndAnsweredTwoWeeksLater() {
        ScreeningRequest request = submitted("2026-10-26");
        request.askSupplement(d("2026-11-02"), "assessor", "Het cv, graag.", d("2026-11-16"));
        assertEquals(RequestStatus.AWAITING_SUPPLEMENT, request.getStatus());
        TermResult asked = due(request, "2026-11-02");
        assertEquals(d("2026-12-07"), asked.end(), "at the latest: 3 to 15 November suspended (13 days), Sunday 6 December, then Monday");
        request.answerSupplement(1, d("2026-11-16"), "officer", "Bijgevoegd.");
        assertEquals(RequestStatus.SUBMITTED, request.getStatus());
        assertEquals(d("2026-12-07"), due(request, "2026-11-16").end());
    }

    @Test
    void anEarlyAnswerMovesTheDueDateBackAndAnAnswerTheNextDaySuspendsNothing() {
        ScreeningRequest early = submitted("2026-10-26");
        early.askSupplement(d("2026-11-02"), "assessor", "Vraag", d("2026-11-16"));
        early.answerSupplement(1, d("2026-11-09"), "officer", "Antwoord");
        assertEquals(d("2026-11-30"), due(early, "2026-11-09").end(), "3 to 8 November (6 days): Sunday 29 November, then Monday 30");
        ScreeningRequest next = submitted("2026-10-26");
        next.askSupplement(d("2026-11-02"), "assessor", "Vraag", d("2026-11-16"));
        next.answerSupplement(1, d("2026-11-03"), "officer", "Antwoord");
        assertEquals(d("2026-11-23"), due(next, "2026-11-03").end(), "answered the day after asking: no day suspended");
    }

    @Test
    void overlappingSupplementRequestsCountEachDayOnce() {
        ScreeningRequest request = submitted("2026-10-26");
        request.askSupplement(d("2026-11-02"), "assessor", "Vraag 1", d("2026-11-09"));
        request.askSupplement(d("2026-11-05"), "assessor", "Vraag 2", d("2026-11-12"));
        assertEquals(d("2026-12-02"), due(request, "2026-11-05").end(), "3 to 11 November, 9 days, not 6 + 6");
        request.answerSupplement(2, d("2026-11-06"), "officer", "Antwoord 2");
        assertEquals(RequestStatus.AWAITING_SUPPLEMENT, request.getStatus(), "the first is still open");
        assertEquals(d("2026-11-29").plusDays(1), due(request, "2026-11-06").end(), "3 to 8 November: Sunday 29 November, Monday 30");
    }

    @Test
    void aLateAnswerIsAcceptedAndSuspendsNoFurther() {
        ScreeningRequest request = submitted("2026-10-26");
        request.askSupplement(d("2026-11-02"), "assessor", "Vraag", d("2026-11-09"));
        assertEquals(Optional.of(d("2026-11-09")), request.supplementTermEndedUnanswered(d("2026-11-10")));
        var answer = request.answerSupplement(1, d("2026-11-20"), "officer", "Laat");
        assertTrue(answer.isLate());
        assertEquals(d("2026-11-30"), due(request, "2026-11-20").end(), "suspended 3 to 8 November only");
    }

    @Test
    void theExtensionAddsFourWeeksOnceAndOnlyBeforeThePeriodEnds() {
        ScreeningRequest request = submitted("2026-10-26");
        request.extend(d("2026-11-20"), 4, "Advies nodig");
        assertEquals(d("2026-12-21"), due(request, "2026-11-20").end(), "Monday 23 November + 4 weeks");
        Refusal twice = assertThrows(Refusal.class, () -> request.extend(d("2026-11-21"), 4, "Nog eens"));
        assertEquals("error.extension.once", twice.messageKey());
        ScreeningRequest late = submitted("2026-10-26");
        Refusal tooLate = assertThrows(Refusal.class, () -> late.extend(d("2026-11-24"), 4, "Te laat"));
        assertEquals("error.extension.periodEnded", tooLate.messageKey());
        Refusal supplementTooLate = assertThrows(Refusal.class, () -> late.askSupplement(d("2026-11-24"), "assessor", "Vraag", d("2026-12-01")));
        assertEquals(Refusal.Kind.CONFLICT, supplementTooLate.kind());
    }

    @Test
    void aSuspensionWithConsentCountsItsDaysAlongsideASupplement() {
        ScreeningRequest request = submitted("2026-10-26");
        request.askSupplement(d("2026-11-02"), "assessor", "Vraag", d("2026-11-09"));
        request.answerSupplement(1, d("2026-11-09"), "officer", "Antwoord");
        request.suspend(Suspension.Reason.CONSENT, d("2026-11-06"), d("2026-11-12"), "Op verzoek van de instelling", "assessor");
        // 3-8 (supplement) and 6-12 (consent): 3 to 12 November, 10 days: 3 December
        assertEquals(d("2026-12-03"), due(request, "2026-11-12").end());
    }

    @Test
    void aWithdrawnRequestTakesNoMoreSteps() {
        ScreeningRequest request = submitted("2026-10-26");
        request.withdraw(d("2026-11-01"), null);
        assertEquals(RequestStatus.WITHDRAWN, request.getStatus());
        assertThrows(Refusal.class, () -> request.assign("assessor"));
        assertThrows(Refusal.class, () -> request.withdraw(d("2026-11-02"), null));
        assertThrows(Refusal.class, () -> request.askSupplement(d("2026-11-02"), "a", "q", d("2026-11-09")));
    }
}
