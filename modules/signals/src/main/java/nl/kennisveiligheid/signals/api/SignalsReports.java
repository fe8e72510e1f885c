package nl.kennisveiligheid.signals.api;

import java.util.Optional;

/**
 * The signals report of a screened person (domain guide §4): the owning module runs it (when a request is submitted,
 * and again on demand); authority staff read it and judge its hits. Reading is audited.
 */
public interface SignalsReports {

    /** The default look-back for affiliations, in years; an assessor may ask for {@link #LONG_LOOKBACK_YEARS}. */
    int LOOKBACK_YEARS = 5;
    int LONG_LOOKBACK_YEARS = 10;

    /**
     * Runs the report for {@code subject} now, in the caller's transaction, and returns how many hits are open. Facts
     * are read again; a hit found before keeps its state; a hit dismissed before for the same person (the institution's
     * reference) and the same, unchanged designation comes back dismissed. For the owning module only: it checks who
     * may ask (an institution submitting, or authority staff asking again).
     */
    default long run(ScreenedSubject subject, PersonProfile profile, int lookbackYears) {
        return run(subject, profile, lookbackYears, false);
    }

    /** The same; {@code bySystem} records the run as the system's step (the one that follows a submission), not the caller's. */
    long run(ScreenedSubject subject, PersonProfile profile, int lookbackYears, boolean bySystem);

    /** The report of a record, for authority staff (others: forbidden); empty when it never ran. The read is audited. */
    Optional<SignalsReport> report(String owner, long ownerId);

    /** Confirms or dismisses a hit of a record's report, with a reason (required); audited. Authority staff only. */
    SignalView judge(String owner, long ownerId, long signalId, Judgement judgement, Long expectedVersion);
}
