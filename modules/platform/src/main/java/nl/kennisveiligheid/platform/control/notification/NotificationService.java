package nl.kennisveiligheid.platform.control.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RuntimeSettings;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.api.notification.Notifications;
import nl.kennisveiligheid.platform.control.Languages;
import nl.kennisveiligheid.platform.entity.Institution;
import nl.kennisveiligheid.platform.entity.OutboxMail;
import nl.kennisveiligheid.platform.entity.UserAccount;
import nl.kennisveiligheid.platform.entity.UserNotification;

/**
 * The notification service: in the caller's transaction it writes the mail to the outbox and the in-app notifications;
 * after the transaction committed it sends the mail (a rolled-back change sends nothing); the schedule retries.
 * Also the reading side of the in-app notifications: the current user's own, and the unread count in the header.
 */
@ApplicationScoped
public class NotificationService implements Notifications {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    /** After commit: these outbox mails are waiting to be sent. */
    public record MailQueued(List<Long> ids) {
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    RuntimeSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<MailQueued> queued;

    @Inject
    MailDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    @Override
    @Transactional
    public void toAddress(String address, Text subject, Text body, String origin) {
        if (address == null || address.isBlank()) {
            return;
        }
        Locale locale = Languages.DEFAULT;
        OutboxMail mail = new OutboxMail(address.strip(), truncate(words(subject, locale), 300), truncate(words(body, locale), 8000),
                locale.getLanguage(), null, origin, clock.now().atOffset(ZoneOffset.UTC));
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(List.of(mail.getId())));
    }

    @Override
    @Transactional
    public void toInstitution(long institutionId, Text subject, Text body, String link, String origin) {
        Institution institution = em.find(Institution.class, institutionId);
        if (institution == null) {
            throw new IllegalArgumentException("No institution " + institutionId);
        }
        Locale locale = Languages.forCode(institution.getLanguage()).orElse(Languages.DEFAULT);
        String subjectText = words(subject, locale);
        String bodyText = words(body, locale);
        List<UserAccount> staff = em.createQuery("select u from UserAccount u where u.institutionId = :id and u.active = true order by u.id",
                UserAccount.class).setParameter("id", institutionId).getResultList();
        List<String> addresses = new ArrayList<>();
        if (institution.getContactEmail() != null && !institution.getContactEmail().isBlank()) {
            addresses.add(institution.getContactEmail());
        } else {
            staff.stream().filter(u -> u.getRoles().contains(Role.INSTITUTION_OFFICER)).map(UserAccount::getEmail)
                    .filter(e -> e != null && !e.isBlank()).forEach(addresses::add);
        }
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        String mailBody = bodyText + (link == null ? "" : "\n\n" + absolute(link));
        List<Long> ids = new ArrayList<>();
        for (String address : addresses) {
            OutboxMail mail = new OutboxMail(address, truncate(subjectText, 300), truncate(mailBody, 8000), locale.getLanguage(), institutionId, origin, now);
            em.persist(mail);
            em.flush();
            ids.add(mail.getId());
        }
        if (addresses.isEmpty()) {
            LOG.warning(() -> "Institution " + institutionId + " has no contact address and no officer with an e-mail address: " + origin + " not mailed");
        }
        // in the application, each reader chooses the language: the notification is kept in both
        String subjectNl = truncate(words(subject, Languages.DEFAULT), 300);
        String bodyNl = truncate(words(body, Languages.DEFAULT), 4000);
        String subjectEn = truncate(words(subject, Locale.ENGLISH), 300);
        String bodyEn = truncate(words(body, Locale.ENGLISH), 4000);
        staff.forEach(u -> em.persist(new UserNotification(u.getUsername(), subjectNl, bodyNl, subjectEn, bodyEn, link, origin)));
        if (!ids.isEmpty()) {
            queued.fire(new MailQueued(ids));
        }
    }

    @Override
    @Transactional
    public void toUser(String login, Text subject, Text body, String link, String origin) {
        em.persist(new UserNotification(login, truncate(words(subject, Languages.DEFAULT), 300), truncate(words(body, Languages.DEFAULT), 4000),
                truncate(words(subject, Locale.ENGLISH), 300), truncate(words(body, Locale.ENGLISH), 4000), link, origin));
    }

    @Override
    @Transactional
    public void toRole(Role role, Text subject, Text body, String link, String origin) {
        for (UserAccount user : em.createQuery("select u from UserAccount u where u.active = true and :role member of u.roles order by u.id",
                UserAccount.class).setParameter("role", role).getResultList()) {
            toUser(user.getUsername(), subject, body, link, origin);
        }
    }

    /** After the transaction that queued them committed: send them now, off the request's thread. */
    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mails) {
        try {
            executor.submit(() -> mails.ids().forEach(delivery::deliver));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Mail sending not started (the schedule will send): " + e.getMessage());
        }
    }

    // ---- reading the current user's notifications

    /** How many of the current user's notifications are unread. */
    public long unreadCount() {
        if (!currentUser.isAuthenticated()) {
            return 0;
        }
        return em.createQuery("select count(n) from UserNotification n where n.recipient = :me and n.readAt is null", Long.class)
                .setParameter("me", currentUser.name()).getSingleResult();
    }

    /** The current user's newest notifications. */
    public List<UserNotification> mine(int max) {
        return em.createQuery("select n from UserNotification n where n.recipient = :me order by n.createdAt desc, n.id desc", UserNotification.class)
                .setParameter("me", currentUser.name()).setMaxResults(max).getResultList();
    }

    /** Marks one of the current user's notifications read; its link (inside the product), if it has one. */
    @Transactional
    public Optional<String> open(long id) {
        UserNotification n = em.find(UserNotification.class, id);
        if (n == null || !n.getRecipient().equals(currentUser.name())) {
            return Optional.empty();
        }
        n.read(clock.now().atOffset(ZoneOffset.UTC));
        return Optional.ofNullable(n.getLink()).filter(l -> l.startsWith("/") && !l.startsWith("//"));
    }

    @Transactional
    public int markAllRead() {
        return em.createQuery("update UserNotification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", clock.now().atOffset(ZoneOffset.UTC)).setParameter("me", currentUser.name()).executeUpdate();
    }

    private String absolute(String link) {
        String root = settings.publicUrl().endsWith("/") ? settings.publicUrl().substring(0, settings.publicUrl().length() - 1) : settings.publicUrl();
        return root + link;
    }

    /** A text in the recipient's language; a date as they write it in full ("7 december 2026"). */
    static String words(Text text, Locale locale) {
        if (text == null) {
            return "";
        }
        java.time.format.DateTimeFormatter longDate = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(locale);
        Object[] arguments = text.arguments().stream().map(a -> a instanceof java.time.LocalDate d ? (Object) d.format(longDate) : a).toArray();
        return PageMessages.text(text.bundle(), text.key(), locale, arguments);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
