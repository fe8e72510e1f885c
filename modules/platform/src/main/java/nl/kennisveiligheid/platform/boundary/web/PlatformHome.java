package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeWork;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.control.notification.Outbox;
import nl.kennisveiligheid.platform.entity.OutboxMail;

/** On a system administrator's home page: the mails that could not be delivered, the oldest first. */
@ApplicationScoped
public class PlatformHome implements HomeContribution {

    @Inject
    CurrentUser currentUser;

    @Inject
    Outbox outbox;

    @Override
    public List<HomeWork> homeWork() {
        if (!currentUser.hasRole(Role.SYSTEM_ADMIN)) {
            return List.of();
        }
        Map<String, Object> failed = Map.of("status", OutboxMail.Status.FAILED);
        List<HomeWork.Line> lines = outbox.load(new PageRequest(0, HomeWork.LINES, List.of(new PageRequest.Sort("createdAt", true)), failed)).stream()
                .map(m -> new HomeWork.Line(m.getSubject(), Text.of(Messages.PLATFORM_BUNDLE, "home.work.undelivered.line", m.getTo(),
                        m.getLastError() == null ? "" : m.getLastError()), null, "/platform/admin/outbox.xhtml"))
                .toList();
        return List.of(new HomeWork(Text.of(Messages.PLATFORM_BUNDLE, "home.work.undelivered"), outbox.count(failed), lines,
                "/platform/admin/outbox.xhtml", Text.of(Messages.PLATFORM_BUNDLE, "home.work.undelivered.empty"), 900));
    }
}
