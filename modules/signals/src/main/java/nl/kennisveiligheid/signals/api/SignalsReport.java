package nl.kennisveiligheid.signals.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The signals of one screened person for one record (a request), grouped by indicator group in the order of
 * {@link IndicatorGroup}; when it last ran, by whom, looking back how many years; how many hits are still open.
 */
public record SignalsReport(ScreenedSubject subject, OffsetDateTime ranAt, String ranBy, int lookbackYears, long openHits,
                            List<Group> groups) {

    public record Group(IndicatorGroup group, List<SignalView> signals) {
    }
}
