package nl.kennisveiligheid.signals.api;

import java.util.List;

/** The authority's alerts from re-screening, and the full re-screen. Authority staff only (a full re-screen: also list administrators). */
public interface SignalAlerts {

    /** A filter: only open ones (null: all), only of one edition, only of one institution. */
    record Filter(Boolean open, Long editionId, Long institutionId) {
    }

    record Page(long total, int first, int size, List<SignalAlert> items) {
    }

    Page alerts(Filter filter, int first, int size);

    /** How many alerts are open. */
    long openCount();

    /** Starts a full re-screen of every screened person against every list in force (after a matcher change); refused while one runs. */
    RescreenStatus startFullRescreen();

    /** The re-screen running or last run, for the progress on the screen. */
    RescreenStatus status();
}
