package nl.kennisveiligheid.decisions.control.letters;

import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.platform.api.PersonDetails;

/**
 * What a decision letter says: everything is taken from the signed decision, never from its assessment's confidential
 * annex. The conditions come in both languages; the reasons and the legal basis in the decision's (Dutch) words.
 *
 * @param submittedOn    the day the request came in ({@code null} for a correction, which answers no request)
 * @param list           the Annex 2 version decided under, or {@code null}
 * @param objectionUntil the last day of the objection term (6 weeks from the day after it was sent, Awb 6:7, 6:8)
 * @param corrects       the reference of the decision this one corrects, or {@code null}
 * @param signatory      who signed, with their function
 */
public record LetterContent(String reference, String requestReference, LocalDate submittedOn, LocalDate decidedOn, LocalDate sentOn,
                            Letterhead from, Addressee to, String personName, String personReference, String unitName, Outcome outcome,
                            List<String> conditionsNl, List<String> conditionsEn, String reasons, String legalBasis, ListUsed list,
                            LocalDate effectiveFrom, LocalDate expiresOn, LocalDate objectionUntil, String corrects, PersonDetails signatory) {
}
