package nl.kennisveiligheid.signals.api;

import java.time.OffsetDateTime;
import java.time.LocalDate;

/**
 * One loaded edition of a sanctions list: the publisher's date, when and by whom it was loaded, what it holds, the
 * SHA-256 of the file as received, and whether it is the edition in force for its source.
 */
public record EditionView(long id, SanctionsSource source, LocalDate publishedOn, OffsetDateTime loadedAt, String loadedBy, int persons,
                          int entities, int names, String checksum, String fileName, long fileBytes, boolean inForce) {
}
