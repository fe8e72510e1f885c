package nl.kennisveiligheid.decisions.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kennisveiligheid.decisions.api.AccessAnswer;
import nl.kennisveiligheid.decisions.api.DecisionStanding;
import nl.kennisveiligheid.decisions.api.DecisionView;

/**
 * The access check's rule, from the decisions' dates alone (nothing has to run at midnight): of a person's decisions
 * for a unit, the newest that is in force on the day decides; only a positive one lets the person in, and only while
 * the unit is not closed.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /** The decision that decides on {@code day}: the one in force ({@link DecisionStanding}, the one rule). */
    public static Optional<DecisionView> deciding(List<DecisionView> newestFirst, LocalDate day) {
        return DecisionStanding.deciding(newestFirst, day);
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
            return new AccessAnswer(false, null, List.of(), null, null, null, null);
        }
        DecisionView decision = deciding.get();
        boolean unitOpen = unitClosedOn == null || day.isBefore(unitClosedOn);
        if (!decision.outcome().allowsAccess() || !unitOpen) {
            return new AccessAnswer(false, decision.reference(), List.of(), null, decision.personName(), decision.unitName(), null);
        }
        return new AccessAnswer(true, decision.reference(), decision.conditions(), decision.expiresOn(), decision.personName(), decision.unitName(),
                decision.effectiveFrom());
    }
}
