package nl.kennisveiligheid.platform.api;

import java.util.List;

/**
 * A step only a person may take: preparing, signing, hearing, deciding, approving. A system (a system API token) is
 * refused whatever its role, with a message that says a person must take the step, and the attempt is audited.
 */
public final class HumanStep {

    private HumanStep() {
    }

    /**
     * The person taking the step {@code step} on {@code objectId}; refuses (403, audited as {@code access.refused} on
     * {@code step}) when a system calls.
     */
    public static String person(CurrentUser user, String step, Object objectId) {
        return user.person().orElseThrow(() -> {
            AccessRefusals.record(step, objectId);
            return new Refusal(Refusal.Kind.FORBIDDEN, Messages.PLATFORM_BUNDLE, "problem.detail.personRequired", List.of());
        });
    }
}
