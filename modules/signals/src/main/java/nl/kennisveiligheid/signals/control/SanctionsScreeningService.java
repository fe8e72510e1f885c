package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.signals.api.SanctionsHit;
import nl.kennisveiligheid.signals.api.SanctionsScreening;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.control.lists.Countries;
import nl.kennisveiligheid.signals.control.matching.NameNormalizer;

/**
 * Screening a name against the sanctions lists in force, for authority staff: the name is checked (required, at most
 * {@link #NAME_MAX} characters, no control or direction-override characters), the date of birth lies between 1900
 * and today, the nationality is a known country; every search is audited (who, how many hits; not the name).
 */
@ApplicationScoped
public class SanctionsScreeningService implements SanctionsScreening {

    /** The longest name searched. */
    public static final int NAME_MAX = 300;

    @Inject
    CurrentUser currentUser;

    @Inject
    SanctionsIndex index;

    @Inject
    SignalsSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    nl.kennisveiligheid.platform.api.PlatformClock clock;

    @Override
    public List<SanctionsHit> screen(ScreeningQuery query) {
        RoleGroup.AUTHORITY_STAFF.require(currentUser, "SanctionsScreening");
        ScreeningQuery checked = checked(query);
        List<SanctionsHit> hits = index.matcher().screen(checked, settings.matchThreshold());
        audit.record(new AuditEvent("signals.sanctions.screened", "SanctionsScreening", "-", null, Map.of(),
                Map.of("hits", String.valueOf(hits.size()), "kind", String.valueOf(checked.kind()))));
        return hits;
    }

    @Override
    public double threshold() {
        return settings.matchThreshold();
    }

    /** The query as the matcher takes it (nationality as a code), or a refusal naming each field's problem. */
    ScreeningQuery checked(ScreeningQuery query) {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        String name = query == null ? null : query.name();
        if (name == null || name.isBlank()) {
            problems.add(new Refusal.FieldProblem("name", "problem.field.required"));
        } else {
            TextRules.fieldProblem("name", name, NAME_MAX, false).ifPresent(problems::add);
            if (problems.isEmpty() && NameNormalizer.tokens(name).isEmpty()) {
                problems.add(new Refusal.FieldProblem("name", "screening.name.noLetters"));
            }
        }
        if (query != null && query.birthDate() != null && (!ApiParameters.plausible(query.birthDate()) || query.birthDate().isAfter(clock.today()))) {
            problems.add(new Refusal.FieldProblem("birthDate", "screening.birthDate.range"));
        }
        String nationality = null;
        if (query != null && query.nationality() != null && !query.nationality().isBlank()) {
            nationality = Countries.code(query.nationality());
            if (nationality == null) {
                problems.add(new Refusal.FieldProblem("nationality", "screening.nationality.unknown"));
            }
        }
        Refusal.refuseIfAny(SignalsModule.BUNDLE, "screening.invalid", problems);
        return new ScreeningQuery(name.trim(), query.birthDate(), nationality, query.kind());
    }
}
