package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.units.api.UnitClosureCheck;

/** Fills the units module's closure check: a unit with unfinished requests is not closed without naming them. */
@ApplicationScoped
public class UnfinishedRequestsOfUnit implements UnitClosureCheck {

    @Inject
    RequestRegister register;

    @Override
    public List<Dependent> dependents(long unitId) {
        return register.unfinishedForUnit(unitId).stream().map(r -> new Dependent(
                r.reference() == null ? Text.of(ScreeningModule.BUNDLE, "dependent.draft", r.subjectName() == null ? "" : r.subjectName())
                        : Text.of(ScreeningModule.BUNDLE, "dependent.request", r.reference()),
                "/screening/request.xhtml?id=" + r.id())).toList();
    }
}
