package nl.kennisveiligheid.platform.api;

import java.util.List;

/**
 * Four eyes: the second step (signing, approving a publication) is taken by another person than the first. Persons are
 * compared ({@link CurrentUser#person()}): the same person through a page and any of their personal tokens is one
 * person. Aggregates call this in the method of their second step, so no service can forget it.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /** Refuses (403, with the module's message) when {@code second} is the person who took the first step. */
    public static void requireAnotherPerson(String first, String second, String bundle, String messageKey) {
        if (second == null || second.equals(first)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, bundle, messageKey, List.of());
        }
    }

    /**
     * Takes the second step through the aggregate ({@code secondStep}, which calls {@link #requireAnotherPerson}); a
     * refusal of the same person is audited ({@code access.refused} on {@code step}) before it goes to the caller.
     */
    public static void audited(String step, Object objectId, Runnable secondStep) {
        try {
            secondStep.run();
        } catch (Refusal refused) {
            if (refused.kind() == Refusal.Kind.FORBIDDEN) {
                AccessRefusals.record(step, objectId);
            }
            throw refused;
        }
    }
}
