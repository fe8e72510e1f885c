package nl.kennisveiligheid.platform.control.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.PageSource;
import nl.kennisveiligheid.platform.api.lazy.TableQuery;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.entity.OutboxMail;

/** The outbox as the system administrator reads it: newest first, by status; a failed or held mail can be tried again. */
@ApplicationScoped
public class Outbox implements PageSource<OutboxMail> {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    MailDelivery delivery;

    /** Through its proxy, so that each step has its own transaction (the send locks the row the requeue changed). */
    @Inject
    Outbox self;

    private TableQuery<OutboxMail> table() {
        boolean admin = currentUser.hasRole(Role.SYSTEM_ADMIN);
        return TableQuery.of(OutboxMail.class).exact("status", "status").text("to", "to").text("subject", "subject")
                .text("origin", "origin").exact("createdAt", "createdAt").defaultSort("createdAt", false)
                .scope((cb, root) -> admin ? cb.conjunction() : cb.disjunction());
    }

    @Override
    public long count(Map<String, Object> filters) {
        return table().count(em, filters);
    }

    @Override
    public List<OutboxMail> load(PageRequest request) {
        return table().load(em, request);
    }

    /** Puts a failed or held mail back in the queue and tries it at once; the mail as it stands then. */
    public OutboxMail retry(long id) {
        self.requeue(id);
        delivery.deliver(id);
        return self.reload(id);
    }

    @Transactional
    public void requeue(long id) {
        if (!currentUser.hasRole(Role.SYSTEM_ADMIN)) {
            throw Refusal.forbidden("OutboxMail", id);
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw Refusal.notFound(PlatformModule.BUNDLE, "outbox.error.notFound");
        }
        if (mail.getStatus() == OutboxMail.Status.SENT) {
            throw Refusal.conflict(PlatformModule.BUNDLE, "outbox.error.sent");
        }
        mail.retryNow(clock.now().atOffset(ZoneOffset.UTC));
        audit.record(new AuditEvent("outbox.retried", "OutboxMail", String.valueOf(id), mail.getInstitutionId(), Map.of(), Map.of("origin",
                String.valueOf(mail.getOrigin()))));
    }

    @Transactional
    public OutboxMail reload(long id) {
        return em.find(OutboxMail.class, id);
    }
}
