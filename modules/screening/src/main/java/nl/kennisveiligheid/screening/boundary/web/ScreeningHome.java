package nl.kennisveiligheid.screening.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeItem;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.control.RequestRegister;
import nl.kennisveiligheid.screening.control.RequestRegister.QueueView;
import nl.kennisveiligheid.screening.control.ScreeningModule;

/**
 * On the home page: for institution staff, the requests waiting for their answer and their drafts; for authority staff,
 * the queue's new, overdue, due-soon and own requests.
 */
@ApplicationScoped
public class ScreeningHome implements HomeContribution {

    private static final String BUNDLE = ScreeningModule.BUNDLE;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestRegister requests;

    @Override
    public List<HomeItem> homeItems() {
        if (currentUser.institutionId().isPresent() && RoleGroup.INSTITUTION_STAFF.includes(currentUser)) {
            return List.of(
                    new HomeItem(BUNDLE, "home.awaiting", requests.count(Map.of("status", RequestStatus.AWAITING_SUPPLEMENT)),
                            "/screening/requests/list.xhtml?status=AWAITING_SUPPLEMENT", 300, true),
                    new HomeItem(BUNDLE, "home.drafts", requests.count(Map.of("status", RequestStatus.DRAFT)),
                            "/screening/requests/list.xhtml?status=DRAFT", 310, false));
        }
        if (currentUser.institutionId().isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser)) {
            return List.of(
                    new HomeItem(BUNDLE, "home.new", requests.count(QueueView.NEW), "/screening/queue/list.xhtml?view=NEW", 300, true),
                    new HomeItem(BUNDLE, "home.overdue", requests.count(QueueView.OVERDUE), "/screening/queue/list.xhtml?view=OVERDUE", 301, true),
                    new HomeItem(BUNDLE, "home.dueSoon", requests.count(QueueView.DUE_SOON), "/screening/queue/list.xhtml?view=DUE_SOON", 302, true),
                    new HomeItem(BUNDLE, "home.mine", requests.count(QueueView.MINE), "/screening/queue/list.xhtml?view=MINE", 303, false));
        }
        return List.of();
    }
}
