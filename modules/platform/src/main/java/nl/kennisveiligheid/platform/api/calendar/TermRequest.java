package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What to compute: a term from (or, {@code backwards}, before) an event, whether it is set in a law (only then the
 * Algemene termijnenwet applies), the suspensions that stopped it and the extensions that lengthened it.
 */
public record TermRequest(LocalDate event, Term term, boolean statutory, boolean backwards, List<Suspension> suspensions,
                          List<Term> extensions) {

    public TermRequest {
        if (event == null || term == null) {
            throw new IllegalArgumentException("A term needs its event and its length");
        }
        suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    /** A statutory term after the event, nothing suspended or extended. */
    public static TermRequest statutory(LocalDate event, Term term) {
        return new TermRequest(event, term, true, false, List.of(), List.of());
    }

    public TermRequest withSuspensions(List<Suspension> newSuspensions) {
        return new TermRequest(event, term, statutory, backwards, newSuspensions, extensions);
    }

    public TermRequest withExtensions(List<Term> newExtensions) {
        return new TermRequest(event, term, statutory, backwards, suspensions, newExtensions);
    }

    public TermRequest notStatutory() {
        return new TermRequest(event, term, false, backwards, suspensions, extensions);
    }

    public TermRequest countedBackwards() {
        return new TermRequest(event, term, statutory, true, suspensions, extensions);
    }
}
