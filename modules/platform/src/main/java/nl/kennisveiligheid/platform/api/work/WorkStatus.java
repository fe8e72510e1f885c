package nl.kennisveiligheid.platform.api.work;

import java.time.OffsetDateTime;

/**
 * A work item as every instance reads it from the database: what it is ({@code kind}, {@code key}, {@code payload}),
 * where it stands, how far it got ({@code done} of {@code total}, and a {@code count} of what it made, such as alerts),
 * how often it was tried and why it last failed.
 */
public record WorkStatus(long id, String kind, String key, String payload, WorkState state, int attempts, long done, long total, long count,
                         String lastError, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                         OffsetDateTime nextAttemptAt) {
}
