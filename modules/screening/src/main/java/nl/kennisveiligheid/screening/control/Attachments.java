package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.screening.api.AttachmentKind;
import nl.kennisveiligheid.screening.api.AttachmentView;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.entity.AttachmentContent;
import nl.kennisveiligheid.screening.entity.RequestAttachment;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;

/**
 * The attachments of a request: the institution adds them (PDF, checked by content; at most a setting's size a file and
 * together a request) while it may change the request, and removes them then; both sides read them, every download
 * audited as a read of personal data.
 */
@ApplicationScoped
public class Attachments {

    /** A downloaded attachment. */
    public record Download(String fileName, byte[] content) {
    }

    @PersistenceContext(unitName = "screening")
    EntityManager em;

    @Inject
    RequestRegister register;

    @Inject
    ScreeningSettings settings;

    @Inject
    AuditTrail audit;

    /** Adds a PDF to the caller's request (a draft, or one awaiting a supplement); refused with the reason when it will not do. */
    @Transactional
    public AttachmentView add(long requestId, AttachmentKind kind, String fileName, byte[] content) {
        register.requireInstitutionStaff();
        ScreeningRequest request = register.require(requestId);
        if (request.getStatus() != RequestStatus.DRAFT && request.getStatus() != RequestStatus.AWAITING_SUPPLEMENT) {
            throw Refusal.conflict(ScreeningModule.BUNDLE, "attachment.error.notNow");
        }
        String name = fileName(fileName);
        if (content.length > settings.attachmentMaxBytes()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, ScreeningModule.BUNDLE, "attachment.error.tooLarge", List.of(), megabytes(settings.attachmentMaxBytes()));
        }
        // the sum's type differs by database (BigDecimal on PostgreSQL): read it as a number
        long used = ((Number) em.createQuery("select coalesce(sum(a.sizeBytes), 0) from RequestAttachment a where a.requestId = :id")
                .setParameter("id", requestId).getSingleResult()).longValue();
        if (used + content.length > settings.requestAttachmentsMaxBytes()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, ScreeningModule.BUNDLE, "attachment.error.requestFull", List.of(),
                    megabytes(settings.requestAttachmentsMaxBytes()), megabytes(Math.max(0, settings.requestAttachmentsMaxBytes() - used)));
        }
        Optional<PdfCheck.Problem> problem = PdfCheck.check(content);
        if (problem.isPresent()) {
            String key = problem.get().messageKey();
            throw new Refusal(Refusal.Kind.INVALID, ScreeningModule.BUNDLE, key, List.of(new Refusal.FieldProblem("file", key, name)), name);
        }
        AttachmentKind chosen = kind == null ? AttachmentKind.OTHER : kind;
        Integer supplement = chosen == AttachmentKind.SUPPLEMENT ? request.getSupplements().stream().filter(s -> s.isOpen())
                .map(s -> s.getNumber()).findFirst().orElse(null) : null;
        RequestAttachment attachment = new RequestAttachment(requestId, chosen, name, content.length, sha256(content), supplement);
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content));
        audit.record(new AuditEvent("screening-request.attachment-added", "ScreeningRequest", String.valueOf(requestId), request.getInstitutionId(),
                Map.of(), Map.of("attachment", attachment.getId(), "kind", chosen.name(), "bytes", content.length)));
        return attachment.view();
    }

    /** Removes an attachment while the institution may change the request. */
    @Transactional
    public void remove(long requestId, long attachmentId) {
        register.requireInstitutionStaff();
        ScreeningRequest request = register.require(requestId);
        if (request.getStatus() != RequestStatus.DRAFT && request.getStatus() != RequestStatus.AWAITING_SUPPLEMENT) {
            throw Refusal.conflict(ScreeningModule.BUNDLE, "attachment.error.notNow");
        }
        RequestAttachment attachment = find(requestId, attachmentId);
        em.remove(em.find(AttachmentContent.class, attachmentId));
        em.remove(attachment);
        audit.record(new AuditEvent("screening-request.attachment-removed", "ScreeningRequest", String.valueOf(requestId), request.getInstitutionId(),
                Map.of("attachment", attachmentId), Map.of()));
    }

    /** The request's attachments, oldest first (the caller must be able to see the request). */
    public List<AttachmentView> of(long requestId) {
        register.require(requestId);
        return em.createQuery("select a from RequestAttachment a where a.requestId = :id order by a.id", RequestAttachment.class)
                .setParameter("id", requestId).getResultStream().map(RequestAttachment::view).toList();
    }

    /** An attachment's content; the read is audited. */
    public Download download(long requestId, long attachmentId) {
        ScreeningRequest request = register.require(requestId);
        RequestAttachment attachment = find(requestId, attachmentId);
        audit.personalDataViewed("ScreeningRequest", requestId, request.getInstitutionId());
        return new Download(attachment.getFileName(), em.find(AttachmentContent.class, attachmentId).getContent());
    }

    private RequestAttachment find(long requestId, long attachmentId) {
        RequestAttachment attachment = em.find(RequestAttachment.class, attachmentId);
        if (attachment == null || attachment.getRequestId() != requestId) {
            throw Refusal.notFound(ScreeningModule.BUNDLE, "attachment.error.notFound");
        }
        return attachment;
    }

    /** The name to keep: the last part of what the client said, plain text, at most 255 characters; {@code document.pdf} when none. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || TextRules.hasForbiddenCharacter(name)) {
            return "document.pdf";
        }
        name = name.replaceAll("[\"<>:|?*]", "_");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
