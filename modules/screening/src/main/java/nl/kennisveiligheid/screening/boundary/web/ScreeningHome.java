package nl.kennisveiligheid.screening.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeItem;
import nl.kennisveiligheid.platform.api.HomeWork;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.control.RequestRegister;
import nl.kennisveiligheid.screening.control.RequestRegister.QueueView;
import nl.kennisveiligheid.screening.control.ScreeningModule;

/**
 * On the home page. Institution staff: the supplements the authority asked of them (earliest term first) and their
 * drafts. Assessors: the open requests assigned to them (earliest due date first) and the new ones nobody took yet.
 * Authority staff: the queue's overdue and due-soon counts.
 */
@ApplicationScoped
public class ScreeningHome implements HomeContribution {

    private static final String BUNDLE = ScreeningModule.BUNDLE;
    /** How many supplements are read to find the ones whose term ends first (an institution has few open at a time). */
    private static final int SUPPLEMENTS_READ = 200;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestRegister requests;

    @Override
    public List<HomeItem> homeItems() {
        if (authority()) {
            return List.of(
                    new HomeItem(BUNDLE, "home.overdue", requests.count(QueueView.OVERDUE), "/screening/queue/list.xhtml?view=OVERDUE", 301, true),
                    new HomeItem(BUNDLE, "home.dueSoon", requests.count(QueueView.DUE_SOON), "/screening/queue/list.xhtml?view=DUE_SOON", 302, true));
        }
        return List.of();
    }

    @Override
    public List<HomeWork> homeWork() {
        if (currentUser.institutionId().isPresent() && RoleGroup.INSTITUTION_STAFF.includes(currentUser)) {
            return List.of(supplementsAsked(), drafts());
        }
        if (authority() && currentUser.hasRole(Role.AUTHORITY_ASSESSOR)) {
            return List.of(queue(QueueView.MINE, "home.work.mine", 200), queue(QueueView.NEW, "home.work.new", 210));
        }
        return List.of();
    }

    private boolean authority() {
        return currentUser.institutionId().isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser);
    }

    private HomeWork supplementsAsked() {
        Map<String, Object> filter = Map.of("status", RequestStatus.AWAITING_SUPPLEMENT);
        List<HomeWork.Line> lines = requests.load(new PageRequest(0, SUPPLEMENTS_READ, List.of(new PageRequest.Sort("submittedOn", true)), filter))
                .stream()
                .sorted(Comparator.comparing(RequestSummary::supplementDueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(HomeWork.LINES)
                .map(r -> line(r, "home.work.supplement.line", r.supplementDueOn()))
                .toList();
        return new HomeWork(Text.of(BUNDLE, "home.work.supplements"), requests.count(filter), lines,
                "/screening/requests/list.xhtml?status=AWAITING_SUPPLEMENT", Text.of(BUNDLE, "home.work.supplements.empty"), 100);
    }

    private HomeWork drafts() {
        Map<String, Object> filter = Map.of("status", RequestStatus.DRAFT);
        List<HomeWork.Line> lines = requests.load(new PageRequest(0, HomeWork.LINES, List.of(), filter)).stream()
                .map(r -> new HomeWork.Line(r.subjectName() == null || r.subjectName().isBlank() ? "#" + r.id() : r.subjectName(),
                        Text.of(BUNDLE, "home.work.draft.line", nonNull(r.unitName())), null, "/screening/requests/edit.xhtml?id=" + r.id()))
                .toList();
        return new HomeWork(Text.of(BUNDLE, "home.work.drafts"), requests.count(filter), lines, "/screening/requests/list.xhtml?status=DRAFT",
                Text.of(BUNDLE, "home.work.drafts.empty"), 110);
    }

    private HomeWork queue(QueueView view, String key, int order) {
        Map<String, Object> filter = Map.of("view", view);
        List<HomeWork.Line> lines = requests.load(new PageRequest(0, HomeWork.LINES, List.of(new PageRequest.Sort("dueOn", true)), filter)).stream()
                .map(r -> line(r, key + ".line", r.dueOn()))
                .toList();
        return new HomeWork(Text.of(BUNDLE, key), requests.count(view), lines, "/screening/queue/list.xhtml?view=" + view.name(),
                Text.of(BUNDLE, key + ".empty"), order);
    }

    private static HomeWork.Line line(RequestSummary r, String key, LocalDate due) {
        return new HomeWork.Line(r.reference(), Text.of(BUNDLE, key, nonNull(r.unitName()), Text.of(BUNDLE, "status." + r.status().name()),
                nonNull(r.subjectName())), due,
                "/screening/request.xhtml?id=" + r.id());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
