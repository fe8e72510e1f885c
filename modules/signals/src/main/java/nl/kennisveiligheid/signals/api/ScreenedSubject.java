package nl.kennisveiligheid.signals.api;

/**
 * Whose signals a report holds: the owning module's kind of record and its id ({@code screening-request}, 17) and
 * reference ({@code KV-2026-00017}), the institution, the institution's own reference for the person (a dismissed hit
 * does not come back for the same reference) and the person's name, for the authority's alerts.
 */
public record ScreenedSubject(String owner, long ownerId, String ownerReference, long institutionId, String personReference,
                              String personName) {
}
