package nl.kennisveiligheid.signals.api;

/**
 * What fetching a list from its configured address did: nothing new (the file has the checksum of the edition in
 * force), a new edition applied, or failed (with the reason in the reader's language).
 */
public record FetchResult(SanctionsSource source, Outcome outcome, Long editionId, String detail) {

    public enum Outcome {
        UNCHANGED, APPLIED, FAILED
    }
}
