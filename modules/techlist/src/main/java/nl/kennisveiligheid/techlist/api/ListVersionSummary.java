package nl.kennisveiligheid.techlist.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A version of a technology list, with where it stands on the day it was asked about.
 *
 * @param basedOnNumber  the version a draft was copied from, or {@code null}
 * @param legalReference e.g. the Staatsblad publication; {@code null} for a draft not yet given one
 * @param effectiveDate  the day it takes effect (may lie ahead); {@code null} for a draft
 * @param provisional    published without the enacted text (the first, consultation-based version)
 * @param approvalRequestedBy under four-eyes publishing: who asked for approval, or {@code null}
 * @param version        optimistic-lock version, to send back with a change
 */
public record ListVersionSummary(long id, String listCode, int number, VersionStatus status, VersionStanding standing,
                                 Integer basedOnNumber, String legalReference, LocalDate effectiveDate, String changeNote,
                                 boolean provisional, OffsetDateTime publishedAt, String publishedBy,
                                 String approvalRequestedBy, int entryCount, long version) {
}
