package nl.kennisveiligheid.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.kennisveiligheid.platform.api.AuditedEntity;

/** An in-app notification of one user: read or not. */
@Entity
@Table(name = "user_notification", schema = "platform")
public class UserNotification extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "user_notification_seq", schema = "platform", sequenceName = "user_notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_notification_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(length = 4000)
    private String body;

    /** The subject and body in English (the columns above hold the Dutch); {@code null} for a notification made before both were kept. */
    @Column(name = "subject_en", length = 300)
    private String subjectEn;

    @Column(name = "body_en", length = 4000)
    private String bodyEn;

    @Column(length = 500)
    private String link;

    @Column(length = 100)
    private String origin;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected UserNotification() {
    }

    public UserNotification(String recipient, String subject, String body, String subjectEn, String bodyEn, String link, String origin) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.subjectEn = subjectEn;
        this.bodyEn = bodyEn;
        this.link = link;
        this.origin = origin;
    }

    /** The subject in the reader's language ({@code en} or Dutch). */
    public String subjectIn(String language) {
        return "en".equals(language) && subjectEn != null ? subjectEn : subject;
    }

    /** The body in the reader's language ({@code en} or Dutch). */
    public String bodyIn(String language) {
        return "en".equals(language) && bodyEn != null ? bodyEn : body;
    }

    public void read(OffsetDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
