package nl.kennisveiligheid.screening.api;

import java.util.Collection;
import java.util.List;
import nl.kennisveiligheid.signals.api.ScreenedPerson;

/**
 * The people of requests as the risk signals screen them (names, birth, nationalities, affiliations, funding), for the
 * decisions module's re-screening of the people with a valid decision. It runs off the request thread without a caller
 * check: never hand its answer to a user.
 */
public interface RequestPeople {

    /** The people of these requests (any status), by request id. */
    List<ScreenedPerson> ofRequests(Collection<Long> requestIds);
}
