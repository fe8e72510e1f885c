package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;

/**
 * A decision as the authority's decision register lists it: no names, no reasons, never the confidential annex.
 *
 * @param clusters       the Annex 2 clusters of the unit when the decision was signed, e.g. {@code 3, 7} (empty for
 *                       decisions signed before the register kept them)
 * @param status         where it stands on the day asked ({@link DecisionStanding}): {@code NOT_YET_IN_FORCE},
 *                       {@code IN_FORCE}, {@code EXPIRED}, {@code REVOKED}, {@code SUSPENDED} (by a provisional relief) or
 *                       {@code REPLACED} (a newer decision for the person and unit is in force)
 * @param underObjection an objection against it waits for its decision (the decision stays in force, Awb 6:16)
 * @param onAppeal       an appeal against it waits for the court
 * @param turnaroundDays calendar days from submission to decision, the days the period was suspended left out
 *                       ({@code null} when the decision predates the register's figures)
 * @param withinTerm     decided on or before its due date
 * @param corrects       the reference of the decision this one corrects (a correction, a revocation), if any
 */
public record RegisterEntry(long id, String reference, long requestId, String requestReference, long institutionId, long unitId,
                            String unitName, String clusters, Outcome outcome, LocalDate decidedOn, LocalDate effectiveFrom,
                            LocalDate expiresOn, LocalDate revokedFrom, String status, boolean underObjection, boolean onAppeal,
                            LocalDate submittedOn, Integer suspendedDays, Integer turnaroundDays, LocalDate dueOn, int daysLate,
                            boolean withinTerm, String corrects) {

    /** Where a decision stands on {@code day} within its person's decisions for its unit (newest first): {@link DecisionStanding}. */
    public static String status(DecisionView d, java.util.List<DecisionView> newestFirst, LocalDate day) {
        return DecisionStanding.of(d, newestFirst, day).name();
    }
}
