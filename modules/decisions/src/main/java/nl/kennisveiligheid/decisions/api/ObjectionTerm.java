package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.platform.api.calendar.NamedTerm;
import nl.kennisveiligheid.platform.api.calendar.Term;

/**
 * The objection term of a decision, and everything that follows from it, in one value: its last day (6 weeks from the
 * day after the decision was sent, through the legal calendar: Awb 6:7, 6:8, Algemene termijnenwet), whether an
 * objection came in time (received by then, or posted by then and received within a week after: Awb 6:9 lid 2), and the
 * day the decision on an objection is due (6 weeks after the term, 12 with an advisory committee, once extended by 6:
 * Awb 7:10). The letters, the objection's record and its handling all ask this value.
 *
 * @param endsOn the term's last day
 */
public record ObjectionTerm(LocalDate endsOn) {

    /** The week after the term in which an objection posted in time may still arrive (Awb 6:9 lid 2). */
    public static final int GRACE_DAYS = 7;
    /** The term for deciding with an advisory committee (Awb 7:10 lid 1). */
    public static final Term WITH_COMMITTEE = Term.weeks(12);
    /** The one extension of the term for deciding (Awb 7:10 lid 3). */
    public static final Term EXTENSION = Term.weeks(6);

    /** The objection term of a decision sent on {@code sentOn}. */
    public static ObjectionTerm of(LegalCalendar calendar, LocalDate sentOn) {
        return new ObjectionTerm(calendar.endOfTerm(sentOn, NamedTerm.OBJECTION.term()).end());
    }

    /**
     * In time: received by the term's last day, or posted by then and received within a week after it.
     *
     * @param postedOn the day it was posted, or {@code null} when it did not come by post
     */
    public boolean inTime(LocalDate receivedOn, LocalDate postedOn) {
        if (!receivedOn.isAfter(endsOn)) {
            return true;
        }
        return postedOn != null && !postedOn.isAfter(endsOn) && !receivedOn.isAfter(endsOn.plusDays(GRACE_DAYS));
    }

    /** The day the decision on an objection is due: 6 weeks (12 with a committee) from the term's end, plus the extension. */
    public LocalDate decisionDueOn(LegalCalendar calendar, boolean committee, boolean extended) {
        return calendar.endOfTerm(endsOn, committee ? WITH_COMMITTEE : NamedTerm.OBJECTION_DECISION.term(), List.of(),
                extended ? List.of(EXTENSION) : List.of()).end();
    }
}
