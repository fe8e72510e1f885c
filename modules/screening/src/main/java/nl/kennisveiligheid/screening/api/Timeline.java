package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A request's timeline and its due date as it stands, with the calculation behind it.
 *
 * @param calculation the due date's calculation in the reader's language, one line a step (which days were suspended,
 *                    where a holiday or weekend moved the end)
 */
public record Timeline(String reference, LocalDate dueOn, List<String> calculation, List<TimelineEntry> entries) {
}
