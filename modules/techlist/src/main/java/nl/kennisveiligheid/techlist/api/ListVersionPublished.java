package nl.kennisveiligheid.techlist.api;

import java.time.LocalDate;
import java.util.List;

/**
 * CDI event: a version of a technology list was published. Fired synchronously inside the publishing
 * transaction, so an observer ({@code @Observes}, not {@code @ObservesAsync}) commits or fails together with
 * the publication: if an observer throws, nothing is published.
 *
 * <p><b>Effective date ahead.</b> Publishing is not taking effect. When {@link #effectiveDate()} lies after
 * today, the version is <em>pending</em>: until that day, the version in force is still
 * {@link #replacedVersionNumber()}, and units, requests and decisions must keep pointing at it. An observer
 * that has to act when the change takes effect records what to do now (e.g. "review needed from
 * {@code effectiveDate}") and applies it from that date, asking
 * {@link TechnologyListCatalog#inForce(String, LocalDate)} rather than assuming the new version is in force.
 * At most one version per list is pending at any time.
 *
 * @param listCode              e.g. {@code ANNEX2}
 * @param binding               whether the list is binding (Annex 2)
 * @param versionId             the published version
 * @param versionNumber         its number
 * @param effectiveDate         the day it takes effect
 * @param replacedVersionNumber the version it replaces (the newest published one before it), or {@code null}
 * @param changes               entry by entry, what differs from the replaced version (empty for the first)
 */
public record ListVersionPublished(String listCode, boolean binding, long versionId, int versionNumber,
                                   LocalDate effectiveDate, Integer replacedVersionNumber, List<EntryChange> changes) {

    public ListVersionPublished {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
