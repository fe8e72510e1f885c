package nl.kennisveiligheid.screening.api;

import java.util.Collection;
import java.util.Map;
import nl.kennisveiligheid.platform.api.Text;

/**
 * Where open requests stand beyond their status, as a later module knows it (the decisions module: an assessment
 * prepared and waiting for a decider's signature, a hearing waiting for a view). Implement it as a CDI bean; the queue
 * shows it beside the status, so that "Ingediend" does not hide that a decision waits to be signed.
 */
public interface RequestProgress {

    /** For those of {@code requestIds} this module knows more about: where they stand, in words. Authority staff only. */
    Map<Long, Text> progressOf(Collection<Long> requestIds);
}
