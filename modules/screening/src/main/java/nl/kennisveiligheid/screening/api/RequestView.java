package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One request with the person's data (reading it is audited for authority staff).
 *
 * @param entryCodes       the codes of the Annex 2 entries asked for, in the order of {@code data.access().entryKeys()}
 * @param affiliationGaps  periods in the last 5 years before submission (or today) that no affiliation covers: pointed
 *                         out, not refused
 */
public record RequestView(RequestSummary summary, RequestData data, List<String> entryCodes, String listCode, Integer listVersion,
                          List<Period> affiliationGaps, List<SupplementView> supplements, List<SuspensionView> suspensions,
                          String extensionReason) {

    /** A period of days, both included. */
    public record Period(LocalDate from, LocalDate to) {
    }
}
