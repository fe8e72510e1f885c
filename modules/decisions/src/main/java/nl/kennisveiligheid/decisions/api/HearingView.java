package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;

/**
 * The hearing before a refusal (Awb 4:7, 4:8): the institution and the person were invited on {@code invitedOn} to give
 * their view by {@code respondBy}; the view as recorded and the day it came in, if it did.
 */
public record HearingView(LocalDate invitedOn, LocalDate respondBy, String invitedBy, String view, LocalDate viewReceivedOn) {

    /** Whether the hearing is over on {@code today}: a view came in, or its term ended. */
    public boolean over(LocalDate today) {
        return viewReceivedOn != null || today.isAfter(respondBy);
    }
}
