package nl.kennisveiligheid.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import nl.kennisveiligheid.platform.api.AuditedEntity;

/**
 * A mail in the outbox: written with the change that caused it, sent after that committed. A failed send is tried
 * again later (1, 5, 15, 60 minutes, then hourly) up to {@link #MAX_ATTEMPTS} times; without an SMTP server it is held.
 */
@Entity
@Table(name = "outbox_mail", schema = "platform")
public class OutboxMail extends AuditedEntity {

    /** Where a mail stands. */
    public enum Status { PENDING, SENT, FAILED, HELD }

    public static final int MAX_ATTEMPTS = 10;
    private static final int[] BACKOFF_MINUTES = {1, 5, 15, 60};

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", schema = "platform", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Column(name = "to_address", nullable = false, length = 254)
    private String to;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(length = 100)
    private String origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(String to, String subject, String body, String language, Long institutionId, String origin, OffsetDateTime now) {
        this.to = to;
        this.subject = subject;
        this.body = body;
        this.language = language;
        this.institutionId = institutionId;
        this.origin = origin;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    public void sent(OffsetDateTime now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        nextAttemptAt = null;
    }

    /** A failed attempt: tried again later, or given up after {@link #MAX_ATTEMPTS}. */
    public void failed(String error, OffsetDateTime now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(1000, error.length()));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(Duration.ofMinutes(BACKOFF_MINUTES[Math.min(attempts - 1, BACKOFF_MINUTES.length - 1)]));
        }
    }

    /** No SMTP server is configured: kept for the system administrator to read. */
    public void held() {
        status = Status.HELD;
        nextAttemptAt = null;
    }

    /** The system administrator asks for another try now (a failed or held mail). */
    public void retryNow(OffsetDateTime now) {
        status = Status.PENDING;
        nextAttemptAt = now;
        if (attempts >= MAX_ATTEMPTS) {
            attempts = MAX_ATTEMPTS - 1;
        }
    }

    public Long getId() {
        return id;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getOrigin() {
        return origin;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
