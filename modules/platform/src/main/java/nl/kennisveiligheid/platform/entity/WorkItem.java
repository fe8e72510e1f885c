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
import nl.kennisveiligheid.platform.api.work.WorkState;
import nl.kennisveiligheid.platform.api.work.WorkStatus;

/**
 * A durable work item (ADR 0024): its kind and key, the payload its handler reads, where it stands, its progress and
 * where to resume, its attempts and last error. Times are real time (leases and pauses are about the machine, not the
 * business date a test may fix). It is taken by a conditional update ({@code WorkItems.claim}), never by two at once.
 */
@Entity
@Table(name = "work_item", schema = "platform")
public class WorkItem {

    /** How often an item is tried before it is left failed. */
    public static final int MAX_ATTEMPTS = 5;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);

    @Id
    @SequenceGenerator(name = "work_item_seq", schema = "platform", sequenceName = "work_item_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_item_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(name = "work_key", nullable = false, length = 200)
    private String key;

    @Column(length = 4000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WorkState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;

    @Column(name = "progress_done", nullable = false)
    private long done;

    @Column(name = "progress_total", nullable = false)
    private long total;

    @Column(name = "progress_count", nullable = false)
    private long count;

    @Column(name = "resume_at", length = 1000)
    private String resumeAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected WorkItem() {
    }

    public WorkItem(String kind, String key, String payload, OffsetDateTime now, String createdBy) {
        this.kind = kind;
        this.key = key;
        this.payload = payload;
        this.state = WorkState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** Done: no further attempt. */
    public void done(OffsetDateTime now) {
        state = WorkState.DONE;
        leaseUntil = null;
        finishedAt = now;
        lastError = null;
    }

    /** The attempt failed: tried again after a pause that doubles with every attempt, or left failed after the last. */
    public void failed(String reason, OffsetDateTime now) {
        lastError = reason == null ? "" : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        leaseUntil = null;
        if (attempts >= MAX_ATTEMPTS) {
            state = WorkState.FAILED;
            finishedAt = now;
        } else {
            state = WorkState.PENDING;
            nextAttemptAt = now.plus(FIRST_PAUSE.multipliedBy(1L << Math.max(0, attempts - 1)));
        }
    }

    public WorkStatus status() {
        return new WorkStatus(id, kind, key, payload, state, attempts, done, total, count, lastError, createdAt, startedAt, finishedAt, nextAttemptAt);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getKey() {
        return key;
    }

    public String getPayload() {
        return payload;
    }

    public String getResumeAt() {
        return resumeAt;
    }

    public long getDone() {
        return done;
    }

    public long getCount() {
        return count;
    }

    public int getAttempts() {
        return attempts;
    }
}
