package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;

/**
 * The decision period of a request through the platform's legal calendar: from the day after submission, every
 * supplement and other suspension counted once a day, the extension added, then the Algemene termijnenwet. Stored on
 * the request after every event (and when an equated day changes), so that lists sort and filter on a column.
 */
@ApplicationScoped
public class DueDates {

    /** Awb 4:5 lid 4: a decision not to process a request is announced within 4 weeks after the supplement term ended. */
    static final Term SET_ASIDE_TERM = Term.weeks(4);

    @Inject
    LegalCalendar calendar;

    /** The decision period as it stands, explained. */
    public TermResult decisionPeriod(ScreeningRequest request) {
        return calendar.endOfTerm(request.termRequest());
    }

    /** Computes the due date (and the set-aside date) of a submitted request again and stores them on it; the due date. */
    public LocalDate recompute(ScreeningRequest request, LocalDate today) {
        if (request.getSubmittedOn() == null) {
            return null;
        }
        LocalDate due = decisionPeriod(request).end();
        LocalDate setAsideDue = request.supplementTermEndedUnanswered(today)
                .map(end -> calendar.endOfTerm(end, SET_ASIDE_TERM).end()).orElse(null);
        request.dueDateComputed(due, setAsideDue);
        return due;
    }
}
