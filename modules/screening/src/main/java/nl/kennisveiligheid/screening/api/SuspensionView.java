package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.calendar.Suspension;

/** A suspension recorded on a request besides the supplements: with the applicant's consent or for delay they cause (Awb 4:15 lid 2). */
public record SuspensionView(Suspension.Reason reason, LocalDate from, LocalDate until, String note, String recordedBy) {
}
