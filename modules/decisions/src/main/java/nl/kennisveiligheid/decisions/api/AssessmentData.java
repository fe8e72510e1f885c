package nl.kennisveiligheid.decisions.api;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.platform.api.validation.PlainText;

/**
 * What the assessor writes down: the findings per indicator group, the proposed outcome with its conditions (codes
 * from the authority's catalogue and free text), the draft statement of reasons, the legal basis, the dates, and the
 * confidential annex (never shown to the institution or the person, never in a letter, export or audit value).
 *
 * @param effectiveFrom the day the decision takes effect; never before it is sent (empty: the day it is sent)
 * @param expiresOn     the last day of access (empty: the end of the intended access period, at most the settings' years)
 */
public record AssessmentData(List<@Valid FindingData> findings, Outcome proposedOutcome, List<@PlainText(max = 40) String> conditionCodes,
                             @PlainText(max = 2000, multiLine = true) String conditionsText,
                             @PlainText(max = 8000, multiLine = true) String reasons, @PlainText(max = 500) String legalBasis,
                             LocalDate effectiveFrom, LocalDate expiresOn,
                             @PlainText(max = 8000, multiLine = true) String confidentialAnnex) {

    public AssessmentData {
        findings = findings == null ? List.of() : findings.stream().filter(java.util.Objects::nonNull).toList();
        conditionCodes = conditionCodes == null ? List.of() : conditionCodes.stream().filter(java.util.Objects::nonNull).toList();
    }
}
