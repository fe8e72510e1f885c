package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A signed binding access decision, as the institution, the authority and the access check see it (never the
 * confidential annex of its assessment). It never changes once signed; a correction is a later decision naming it in
 * {@code correctsId}.
 *
 * @param reference   {@code KVS-2026-000123-B1}: the request's reference and the round
 * @param conditions  the conditions' texts, in the decision's words (from the catalogue and free text)
 * @param listCode    the Annex 2 list the decision was taken under, with its version
 * @param dueOn       the day the decision was due; {@code daysLate} the calendar days it came after that
 * @param revokedFrom the day a revocation took effect, if revoked
 * @param suspendedFrom  the first day a provisional relief (Awb 8:81) suspends the decision, if one does
 * @param suspendedUntil the last day of that suspension ({@code null}: until further notice)
 * @param conditionsEn   the conditions in English as signed (empty for a decision signed before both were kept)
 */
public record DecisionView(long id, String reference, long requestId, String requestReference, long institutionId, long unitId,
                           String unitName, String personReference, String personName, Outcome outcome, List<String> conditions,
                           String reasons, String legalBasis, String listCode, Integer listVersion, String preparedBy, String signedBy,
                           OffsetDateTime signedAt, LocalDate decidedOn, LocalDate sentOn, LocalDate effectiveFrom, LocalDate expiresOn,
                           LocalDate revokedFrom, LocalDate dueOn, int daysLate, Long correctsId, LocalDate suspendedFrom,
                           LocalDate suspendedUntil, List<String> conditionsEn) {

    public DecisionView {
        conditionsEn = conditionsEn == null ? List.of() : List.copyOf(conditionsEn);
    }

    /** A decision without its conditions in English (signed before both were kept). */
    public DecisionView(long id, String reference, long requestId, String requestReference, long institutionId, long unitId,
                        String unitName, String personReference, String personName, Outcome outcome, List<String> conditions,
                        String reasons, String legalBasis, String listCode, Integer listVersion, String preparedBy, String signedBy,
                        OffsetDateTime signedAt, LocalDate decidedOn, LocalDate sentOn, LocalDate effectiveFrom, LocalDate expiresOn,
                        LocalDate revokedFrom, LocalDate dueOn, int daysLate, Long correctsId, LocalDate suspendedFrom,
                        LocalDate suspendedUntil) {
        this(id, reference, requestId, requestReference, institutionId, unitId, unitName, personReference, personName, outcome, conditions,
                reasons, legalBasis, listCode, listVersion, preparedBy, signedBy, signedAt, decidedOn, sentOn, effectiveFrom, expiresOn,
                revokedFrom, dueOn, daysLate, correctsId, suspendedFrom, suspendedUntil, List.of());
    }

    /** The conditions in the reader's language ({@code en}: the English as signed, where kept; else the Dutch). */
    public List<String> conditionsIn(String language) {
        return "en".equals(language) && !conditionsEn.isEmpty() ? conditionsEn : conditions;
    }

    /** Whether the decision is in force on {@code day}: effective, not expired, not revoked, not suspended by a court. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (expiresOn == null || !day.isAfter(expiresOn))
                && (revokedFrom == null || day.isBefore(revokedFrom)) && !suspendedOn(day);
    }

    /** Whether a provisional relief suspends the decision on {@code day}. */
    public boolean suspendedOn(LocalDate day) {
        return suspendedFrom != null && !day.isBefore(suspendedFrom) && (suspendedUntil == null || !day.isAfter(suspendedUntil));
    }
}
