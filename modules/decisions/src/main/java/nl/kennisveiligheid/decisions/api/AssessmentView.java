package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The authority's assessment of a request (authority staff only: it holds the confidential annex).
 *
 * @param round              1 for the first decision on the request; a correction is a later round
 * @param hearing            the hearing, once the institution and the person were invited
 * @param correctsDecisionId the decision this round corrects, if it is a correction
 * @param version            optimistic-lock version, to send back with a change
 */
public record AssessmentView(long id, long requestId, int round, String requestReference, long institutionId, long unitId,
                             String personReference, AssessmentState state, List<FindingData> findings, Outcome proposedOutcome,
                             List<String> conditionCodes, String conditionsText, String reasons, String legalBasis,
                             LocalDate effectiveFrom, LocalDate expiresOn, String confidentialAnnex, String preparedBy,
                             OffsetDateTime preparedAt, HearingView hearing, Long correctsDecisionId, long version) {
}
