package nl.kennisveiligheid.screening.api;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about screening requests. Institution callers see their own institution's only. */
public interface ScreeningRequests {

    /** The owner kind of a request's signals report ({@code signals.api.SignalsReports}). */
    String SIGNALS_OWNER = "screening-request";

    /** The request, if the caller may see it (another institution's is "not found", the attempt audited). */
    Optional<RequestSummary> request(long id);

    /** Who submitted the request (the recorded actor: a person's login), if it was submitted and the caller may see it. */
    Optional<String> submittedBy(long id);

    /** The request with the person's data, if the caller may see it; the read is audited. */
    Optional<RequestView> details(long id);

    /**
     * Records on an open request that the authority decided on it ({@code DECIDED}, on its timeline with the decision's
     * reference). For authority staff, in the caller's transaction; a request that is not open is a conflict.
     */
    RequestSummary recordDecision(long id, String decisionReference);

    /**
     * The days the request's decision period was suspended up to and including {@code until} (every supplement and
     * every suspension, a day counted once however many suspend it): for turnaround figures. 0 for a draft or a request
     * the caller may not see.
     */
    long suspendedDays(long id, java.time.LocalDate until);

    /** The open requests the caller may see (the authority: all; an institution: its own), oldest submission first, at most {@code max}. */
    List<RequestSummary> open(int max);

    /** The requests of a unit that are not finished (drafts, submitted, awaiting a supplement). */
    List<RequestSummary> unfinishedForUnit(long unitId);
}
