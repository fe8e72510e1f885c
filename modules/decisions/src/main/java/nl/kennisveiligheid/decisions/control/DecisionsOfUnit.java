package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.units.api.UnitClosureCheck;

/** Closing a unit: the people who may still enter it (today or under a decision taking effect later) depend on it. */
@ApplicationScoped
public class DecisionsOfUnit implements UnitClosureCheck {

    @Inject
    DecisionRegister register;

    @Inject
    PlatformClock clock;

    @Override
    public List<Dependent> dependents(long unitId) {
        return register.validForUnit(unitId, clock.today()).stream()
                .map(d -> new Dependent(Text.of(DecisionsModule.BUNDLE, "closure.dependent", d.reference(), d.personReference(), d.expiresOn()),
                        Assessments.requestLink(d.requestId())))
                .toList();
    }

}
