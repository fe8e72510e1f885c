package nl.kennisveiligheid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.kennisveiligheid.screening.api.TimelineEntry;

/** One step of a request's timeline, with the due date as it stood after it. Never changed once written. */
@Entity
@Table(name = "timeline_event", schema = "screening")
public class TimelineEvent extends nl.kennisveiligheid.platform.api.AuditedEntity {

    @Id
    @SequenceGenerator(name = "timeline_event_seq", schema = "screening", sequenceName = "timeline_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_event_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private TimelineEntry.TimelineKind kind;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(length = 200, updatable = false)
    private String detail;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    protected TimelineEvent() {
    }

    public TimelineEvent(long requestId, OffsetDateTime occurredAt, LocalDate occurredOn, TimelineEntry.TimelineKind kind, String actor,
                         String detail, LocalDate dueOn) {
        this.requestId = requestId;
        this.occurredAt = occurredAt;
        this.occurredOn = occurredOn;
        this.kind = kind;
        this.actor = actor;
        this.detail = detail;
        this.dueOn = dueOn;
    }

    public TimelineEntry entry(String actorName) {
        return new TimelineEntry(occurredAt, occurredOn, kind, actorName, detail, dueOn);
    }

    public String getActor() {
        return actor;
    }
}
