package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;

/**
 * One document of the file an objector may inspect (Awb 7:4): what it is, its date and reference. The file never
 * lists the confidential annex of an assessment.
 *
 * @param kind      {@code REQUEST}, {@code SUPPLEMENT}, {@code FINDINGS}, {@code HEARING_INVITATION}, {@code HEARING_VIEW},
 *                  {@code DECISION}, {@code LETTER}, {@code OBJECTION}, {@code OBJECTION_HEARING} or {@code OBJECTION_DECISION}
 * @param reference the reference that identifies it (a request's or decision's reference, a supplement's number)
 */
public record ObjectionFileItem(String kind, LocalDate date, String reference) {
}
