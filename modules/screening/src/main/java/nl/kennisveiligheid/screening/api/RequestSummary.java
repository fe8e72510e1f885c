package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;

/**
 * A request as lists show it. The person's name is there for the institution's own staff only (the authority's queue
 * shows none: opening the request shows it, audited).
 *
 * @param reference         {@code KVS-2026-000123} once submitted, {@code null} for a draft
 * @param clusters          the Annex 2 clusters of its unit, e.g. {@code ,3,7,}
 * @param dueOn             the day the decision is due, all suspensions and an extension counted ({@code null} for a draft)
 * @param supplementDueOn   the end of the term of the open supplement request that ends last, if any
 * @param setAsideDueOn     when a supplement term ended unanswered: the day by which a decision to set the request
 *                          aside is due (4 weeks after the term's end, Awb 4:5 lid 4)
 * @param version           optimistic-lock version, to send back with a change
 */
public record RequestSummary(long id, String reference, long institutionId, RequestStatus status, RequestKind kind, String personReference,
                             String subjectName, Long unitId, String unitName, String clusters, AccessRole role, String assignee,
                             LocalDate submittedOn, LocalDate dueOn, LocalDate supplementDueOn, LocalDate setAsideDueOn, boolean extended,
                             long version) {
}
