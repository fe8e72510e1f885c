package nl.kennisveiligheid.techlist.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import nl.kennisveiligheid.platform.api.ActorNames;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeWork;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.techlist.control.ListEditing;
import nl.kennisveiligheid.techlist.control.TechlistModule;

/**
 * On a list administrator's home page: the draft of Annex 2, first when another administrator asked for its approval
 * (four eyes: the one who asked cannot approve it), else as work in progress.
 */
@ApplicationScoped
public class TechlistHome implements HomeContribution {

    private static final String BUNDLE = TechlistModule.BUNDLE;

    @Inject
    CurrentUser currentUser;

    @Inject
    ListEditing editing;

    @Inject
    ActorNames actors;

    @Override
    public List<HomeWork> homeWork() {
        if (!currentUser.hasRole(Role.LIST_ADMIN)) {
            return List.of();
        }
        String me = currentUser.person().orElse(null);
        List<HomeWork.Line> lines = editing.draft(TechnologyListCatalog.ANNEX2).stream()
                .map(draft -> new HomeWork.Line(Text.of(BUNDLE, "home.work.draft.name", draft.number()),
                        draft.approvalRequestedBy() == null ? Text.of(BUNDLE, "home.work.draft.editing", draft.entryCount())
                                : Objects.equals(draft.approvalRequestedBy(), me) ? Text.of(BUNDLE, "home.work.draft.askedByYou")
                                : Text.of(BUNDLE, "home.work.draft.toApprove", actors.describe(draft.approvalRequestedBy())),
                        draft.effectiveDate(), "/techlist/admin/versions.xhtml"))
                .toList();
        return List.of(new HomeWork(Text.of(BUNDLE, "home.work.drafts"), lines.size(), lines, null, Text.of(BUNDLE, "home.work.drafts.empty"), 60));
    }
}
