package nl.kennisveiligheid.decisions.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kennisveiligheid.decisions.api.AccessAnswer;
import nl.kennisveiligheid.decisions.api.DecisionView;

/**
 * The access check's rule, from the decisions' dates alone (nothing has to run at midnight): of a person's decisions
 * for a unit, the newest that is in force on the day decides; only a positive one lets the person in, and only while
 * the unit is not closed.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /**
     * The decision that decides on {@code day}: the newest (first of {@code newestFirst}) in force that day. A decision
     * revoked by a revocation that a provisional relief suspends on that day counts as not revoked that day.
     */
    public static Optional<DecisionView> deciding(List<DecisionView> newestFirst, LocalDate day) {
        return newestFirst.stream().filter(d -> d.inForceOn(day) || revocationSuspended(d, newestFirst, day)).findFirst();
    }

    private static boolean revocationSuspended(DecisionView d, List<DecisionView> all, LocalDate day) {
        if (d.revokedFrom() == null || day.isBefore(d.revokedFrom()) || d.suspendedOn(day)) {
            return false;
        }
        boolean revocationSuspended = all.stream().anyMatch(r -> r.outcome() == nl.kennisveiligheid.decisions.api.Outcome.REVOKED
                && Long.valueOf(d.id()).equals(r.correctsId()) && r.suspendedOn(day));
        return revocationSuspended && !day.isBefore(d.effectiveFrom()) && (d.expiresOn() == null || !day.isAfter(d.expiresOn()));
    }

    /**
     * The answer for {@code day}.
     *
     * @param newestFirst  the person's decisions for the unit, newest signed first
     * @param unitClosedOn the day the unit was closed, or {@code null}
     */
    public static AccessAnswer answer(List<DecisionView> newestFirst, LocalDate day, LocalDate unitClosedOn) {
        Optional<DecisionView> deciding = deciding(newestFirst, day);
        if (deciding.isEmpty()) {
            return new AccessAnswer(false, null, List.of(), null);
        }
        DecisionView decision = deciding.get();
        boolean unitOpen = unitClosedOn == null || day.isBefore(unitClosedOn);
        if (!decision.outcome().allowsAccess() || !unitOpen) {
            return new AccessAnswer(false, decision.reference(), List.of(), null);
        }
        return new AccessAnswer(true, decision.reference(), decision.conditions(), decision.expiresOn());
    }
}
