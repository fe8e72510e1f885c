package nl.kennisveiligheid.screening.api;

import java.time.OffsetDateTime;

/** An attachment of a request, without its content. */
public record AttachmentView(long id, AttachmentKind kind, String fileName, long sizeBytes, String sha256, Integer supplementNumber,
                             OffsetDateTime uploadedAt, String uploadedBy) {
}
