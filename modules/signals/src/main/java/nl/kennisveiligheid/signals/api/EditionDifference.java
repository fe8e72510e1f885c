package nl.kennisveiligheid.signals.api;

import java.util.List;

/**
 * What changed from one edition of a list to another ({@code fromEditionId} is null for a first edition): the
 * counts, and every added, removed and changed designation.
 */
public record EditionDifference(SanctionsSource source, Long fromEditionId, Long toEditionId, int added, int removed, int changed,
                                List<DesignationChange> changes) {
}
