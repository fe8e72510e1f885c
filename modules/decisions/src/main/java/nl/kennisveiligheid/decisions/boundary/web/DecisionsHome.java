package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.decisions.control.NextWork;
import nl.kennisveiligheid.platform.api.ActorNames;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeWork;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.Text;

/**
 * On the authority's home page: for deciders, the assessments waiting for their signature; for assessors, the hearings
 * waiting for a view; for both, the objections not yet decided. Each line opens the page where the step is taken.
 */
@ApplicationScoped
public class DecisionsHome implements HomeContribution {

    private static final String BUNDLE = DecisionsModule.BUNDLE;
    private static final String ASSESSMENT = "/decisions/assessment/edit.xhtml?request=";

    @Inject
    CurrentUser currentUser;

    @Inject
    NextWork next;

    @Inject
    ActorNames actors;

    @Override
    public List<HomeWork> homeWork() {
        if (currentUser.institutionId().isPresent() || !RoleGroup.AUTHORITY_STAFF.includes(currentUser)) {
            return List.of();
        }
        List<HomeWork> work = new ArrayList<>();
        String person = currentUser.person().orElse(null);
        if (currentUser.hasRole(Role.AUTHORITY_DECIDER) && person != null) {
            work.add(new HomeWork(Text.of(BUNDLE, "home.work.sign"), next.toSignCount(person),
                    next.toSign(person, HomeWork.LINES).stream()
                            .map(a -> new HomeWork.Line(a.requestReference(), Text.of(BUNDLE, "home.work.sign.line",
                                    a.proposed() == null ? "" : Text.of(BUNDLE, "outcome." + a.proposed().name()),
                                    a.preparedBy() == null ? "" : actors.describe(a.preparedBy())), a.dueOn(), ASSESSMENT + a.requestId()))
                            .toList(), null, Text.of(BUNDLE, "home.work.sign.empty"), 50));
        }
        if (currentUser.hasRole(Role.AUTHORITY_ASSESSOR)) {
            work.add(new HomeWork(Text.of(BUNDLE, "home.work.hearings"), next.openHearingCount(),
                    next.openHearings(HomeWork.LINES).stream()
                            .map(h -> new HomeWork.Line(h.requestReference(), Text.of(BUNDLE, "home.work.hearings.line", h.invitedOn()),
                                    h.respondBy(), ASSESSMENT + h.requestId()))
                            .toList(), null, Text.of(BUNDLE, "home.work.hearings.empty"), 220));
        }
        work.add(new HomeWork(Text.of(BUNDLE, "home.work.objections"), next.openObjectionCount(),
                next.openObjections(HomeWork.LINES).stream()
                        .map(o -> new HomeWork.Line(o.decisionReference(), Text.of(BUNDLE, "home.work.objections.line",
                                Text.of(BUNDLE, "home.work.objections.by." + o.filedBy()), o.receivedOn()), o.dueOn(),
                                "/decisions/objections/objection.xhtml?id=" + o.id()))
                        .toList(), null, Text.of(BUNDLE, "home.work.objections.empty"), 230));
        return work;
    }
}
