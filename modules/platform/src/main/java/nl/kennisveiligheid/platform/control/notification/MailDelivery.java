package nl.kennisveiligheid.platform.control.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.entity.OutboxMail;

/**
 * Sends the outbox's mail through the configured SMTP server (Jakarta Mail, Eclipse Angus), one mail a transaction,
 * the row locked while it is sent so that two senders never send it twice. Without an SMTP server a mail is held.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PlatformClock clock;

    /** Tries to send one mail if it is still pending; what became of it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OutboxMail.Status deliver(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getStatus() != OutboxMail.Status.PENDING) {
            return mail == null ? null : mail.getStatus();
        }
        Optional<MailSettings> settings = MailSettings.current();
        if (settings.isEmpty()) {
            mail.held();
            return mail.getStatus();
        }
        try {
            send(settings.get(), mail);
            mail.sent(clock.now().atOffset(ZoneOffset.UTC));
        } catch (MessagingException | RuntimeException e) {
            mail.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.now().atOffset(ZoneOffset.UTC));
            LOG.warning(() -> "Mail " + id + " (" + mail.getOrigin() + ") not sent, attempt " + mail.getAttempts() + ": " + e.getMessage());
        }
        return mail.getStatus();
    }

    /** The ids of the pending mails whose next attempt is due, oldest first. */
    @Transactional
    public List<Long> due(int max) {
        return em.createQuery("select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id",
                        Long.class).setParameter("pending", OutboxMail.Status.PENDING).setParameter("now", clock.now().atOffset(ZoneOffset.UTC))
                .setMaxResults(max).getResultList();
    }

    private static void send(MailSettings settings, OutboxMail mail) throws MessagingException {
        Session session = Session.getInstance(settings.properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getTo(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", mail.getLanguage());
        message.setSentDate(new Date());
        if (settings.user() != null) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }
}
