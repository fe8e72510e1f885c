package nl.kennisveiligheid.signals.api;

/**
 * A new edition of a sanctions list came into force ({@code previousEditionId} null for the first edition of its
 * source). Fired in the transaction that applied it; observers act after commit.
 */
public record SanctionsEditionApplied(SanctionsSource source, long editionId, Long previousEditionId) {
}
