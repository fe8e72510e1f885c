package nl.kennisveiligheid.decisions.control.letters;

import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.decisions.api.Outcome;

/**
 * What a decision letter says: everything is taken from the signed decision, never from its assessment's confidential
 * annex. The conditions come in both languages; the reasons and the legal basis in the decision's (Dutch) words.
 *
 * @param objectionUntil the last day of the objection term (6 weeks from the day after it was sent, Awb 6:7, 6:8)
 * @param corrects       the reference of the decision this one corrects, or {@code null}
 */
public record LetterContent(String reference, String requestReference, LocalDate decidedOn, LocalDate sentOn, String institutionName,
                            String personName, String personReference, String unitName, Outcome outcome, List<String> conditionsNl,
                            List<String> conditionsEn, String reasons, String legalBasis, String listCode, Integer listVersion,
                            LocalDate effectiveFrom, LocalDate expiresOn, LocalDate objectionUntil, String corrects, String signedBy,
                            String objectionAddress) {
}
