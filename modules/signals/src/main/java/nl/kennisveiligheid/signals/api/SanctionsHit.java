package nl.kennisveiligheid.signals.api;

/**
 * A designation a name hit: the list and the edition it came from, the publisher's reference, the designation's
 * primary name and kind, the regime, the score (0 to 1) and its explanation.
 */
public record SanctionsHit(SanctionsSource source, long editionId, String reference, SubjectKind kind, String name, String regime,
                           double score, HitExplanation explanation) {
}
