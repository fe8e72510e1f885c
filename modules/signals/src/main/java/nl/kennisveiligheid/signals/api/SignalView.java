package nl.kennisveiligheid.signals.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One signal of a report, with its evidence: what it is about ({@code about}: the person, an organisation, a
 * country), the list or indicator it came from and the edition, for a hit the designation (reference, name, risk level)
 * with the score and the explanation of the match; {@code description} says it in the reader's language. Its state, and
 * for a judged hit who judged it, when and why; for a closed hit the edition that delisted it; {@code raisedByEdition}
 * is set when re-screening after that edition raised it (an alert).
 */
public record SignalView(long id, IndicatorGroup group, SignalKind kind, SignalState state, String about, String source, String sourceName,
                         Long editionId,
                         String reference, String designationName, String riskLevel, Double score, HitExplanation explanation,
                         List<String> details, String description, OffsetDateTime raisedAt, Long raisedByEdition, String judgedBy,
                         OffsetDateTime judgedAt, String reason, Long closedByEdition) {

    public SignalView {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
