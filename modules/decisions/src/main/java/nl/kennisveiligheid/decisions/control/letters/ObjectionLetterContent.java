package nl.kennisveiligheid.decisions.control.letters;

import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.PersonDetails;

/**
 * What the letter of a decision on an objection (beslissing op bezwaar) says: taken from the objection and the decision
 * it was against, never from an assessment's confidential annex.
 *
 * @param reference            the letter's reference, {@code KVS-2026-000123-B1-BZ1}
 * @param outcome              {@code FOUNDED}, {@code UNFOUNDED} or {@code INADMISSIBLE}
 * @param newDecisionReference for a founded objection, the decision that replaces the one objected to, once signed
 * @param appealUntil          the last day to appeal to the court (6 weeks from the day after sending, Awb 6:7, 6:8)
 */
public record ObjectionLetterContent(String reference, String decisionReference, LocalDate decidedOn, Letterhead from, Addressee to,
                                     String personName, String personReference, String unitName, LocalDate receivedOn, LocalDate heardOn,
                                     String outcome, String newDecisionReference, String reasons, LocalDate appealUntil,
                                     PersonDetails signatory) {
}
