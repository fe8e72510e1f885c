package nl.kennisveiligheid.signals.api;

import java.time.LocalDate;

/**
 * What a file holds before it is applied: its date, counts and checksum, and its difference against the edition in
 * force; {@code applied} is the stored edition once applied (null on a preview).
 */
public record EditionPreview(SanctionsSource source, LocalDate publishedOn, int persons, int entities, int names, String checksum,
                             EditionDifference difference, EditionView applied) {
}
