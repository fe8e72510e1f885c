package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;

/**
 * An objection (bezwaar) against a decision and where it stands.
 *
 * @param filedBy     {@code INSTITUTION} (the applicant) or {@code PERSON} (the interested party)
 * @param postedOn    the day it was posted, if it came by post (Awb 6:9 lid 2), else {@code null}
 * @param termEndsOn  the last day of the objection term (6 weeks from the day after the decision was sent, Atw applied)
 * @param inTime      received within the term, or posted within it and received within a week after (Awb 6:9)
 * @param excuse      why a late objection is excused (Awb 6:11), if it is
 * @param dueOn       the day the decision on the objection is due: 6 weeks after the term ended, 12 with an advisory
 *                    committee, 6 more once extended (Awb 7:10)
 * @param outcome     {@code FOUNDED}, {@code UNFOUNDED} or {@code INADMISSIBLE} once decided, else {@code null}
 * @param heardOn     the day the objector was heard (Awb 7:2), if recorded
 * @param newDecisionId for a founded objection, the decision that replaced the one objected to (once signed)
 * @param letter      whether the decision on it has its letter (PDF)
 */
public record ObjectionView(long id, long decisionId, long requestId, long institutionId, String filedBy, LocalDate receivedOn,
                            LocalDate postedOn, String grounds, LocalDate termEndsOn, boolean inTime, String excuse, boolean committee,
                            boolean extended, LocalDate dueOn, String outcome, LocalDate decidedOn, String outcomeReasons, String recordedBy,
                            LocalDate heardOn, String decidedBy, Long newDecisionId, boolean letter, long version) {

    /** Whether it waits for its decision. */
    public boolean open() {
        return outcome == null;
    }
}
