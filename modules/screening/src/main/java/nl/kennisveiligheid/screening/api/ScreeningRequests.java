package nl.kennisveiligheid.screening.api;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about screening requests. Institution callers see their own institution's only. */
public interface ScreeningRequests {

    /** The request, if the caller may see it (another institution's is "not found", the attempt audited). */
    Optional<RequestSummary> request(long id);

    /** The requests of a unit that are not finished (drafts, submitted, awaiting a supplement). */
    List<RequestSummary> unfinishedForUnit(long unitId);
}
