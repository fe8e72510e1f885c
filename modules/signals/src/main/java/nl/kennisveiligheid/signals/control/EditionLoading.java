package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.EditionDifference;
import nl.kennisveiligheid.signals.api.EditionPreview;
import nl.kennisveiligheid.signals.api.SanctionsEditionApplied;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.control.lists.ListFileProblem;
import nl.kennisveiligheid.signals.control.lists.ParsedEdition;
import nl.kennisveiligheid.signals.control.lists.SanctionsFiles;
import nl.kennisveiligheid.signals.entity.EditionFile;
import nl.kennisveiligheid.signals.entity.SanctionsEdition;
import nl.kennisveiligheid.signals.entity.StoredDesignation;

/**
 * Loading an edition of a sanctions list (list administrators): the file is read in its publisher's format and
 * previewed (counts, checksum, difference against the edition in force), or applied: stored with its designations
 * and the file as received, the edition before it superseded, {@link SanctionsEditionApplied} fired. A file that is
 * not what it claims to be is refused (422) and nothing changes.
 */
@ApplicationScoped
public class EditionLoading {

    @PersistenceContext(unitName = "signals")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SanctionsLists lists;

    @Inject
    SignalsSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClock clock;

    @Inject
    Event<SanctionsEditionApplied> applied;

    /** What {@code content} holds and how it differs from the edition in force; nothing is stored. */
    public EditionPreview preview(SanctionsSource source, byte[] content, LocalDate publishedOn) {
        requireListAdmin();
        Read read = read(source, content, publishedOn);
        return new EditionPreview(source, read.publishedOn, read.edition.persons(), read.edition.entities(), read.edition.names(),
                read.checksum, read.difference, null);
    }

    /** Applies {@code content} as the new edition in force of {@code source}. */
    @Transactional
    public EditionPreview apply(SanctionsSource source, byte[] content, String fileName, LocalDate publishedOn) {
        requireListAdmin();
        return store(source, content, fileName, publishedOn);
    }

    /** Applies a file fetched from the list's configured address (the schedule, or a list administrator's fetch). */
    @Transactional
    EditionPreview applyFetched(SanctionsSource source, byte[] content, String fileName) {
        return store(source, content, fileName, null);
    }

    private EditionPreview store(SanctionsSource source, byte[] content, String fileName, LocalDate publishedOn) {
        Read read = read(source, content, publishedOn);
        String name = fileName == null || fileName.isBlank() ? source.name().toLowerCase(java.util.Locale.ROOT) + "-edition"
                : fileName.trim();
        if (name.length() > 255 || TextRules.problem(name, 255, false).isPresent()) {
            name = source.name().toLowerCase(java.util.Locale.ROOT) + "-edition";
        }
        Long previous = read.current.map(e -> {
            e.supersede();
            return e.getId();
        }).orElse(null);
        em.flush();
        SanctionsEdition edition = new SanctionsEdition(source, read.publishedOn, read.edition.persons(), read.edition.entities(),
                read.edition.names(), read.checksum, name, content.length);
        em.persist(edition);
        em.flush();
        em.persist(new EditionFile(edition.getId(), content));
        for (Designation designation : read.edition.designations()) {
            em.persist(new StoredDesignation(edition.getId(), designation));
        }
        em.flush();
        audit.record(new AuditEvent("signals.edition.applied", "SanctionsEdition", String.valueOf(edition.getId()), null, Map.of(),
                Map.of("source", source.name(), "publishedOn", String.valueOf(read.publishedOn), "checksum", read.checksum,
                        "designations", String.valueOf(read.edition.designations().size()))));
        applied.fire(new SanctionsEditionApplied(source, edition.getId(), previous));
        EditionDifference difference = new EditionDifference(source, previous, edition.getId(), read.difference.added(),
                read.difference.removed(), read.difference.changed(), read.difference.changes());
        return new EditionPreview(source, read.publishedOn, read.edition.persons(), read.edition.entities(), read.edition.names(),
                read.checksum, difference, edition.view());
    }

    /** A file read: what it holds, its date and checksum, the edition in force it would replace, and the difference from it. */
    private record Read(ParsedEdition edition, LocalDate publishedOn, String checksum, java.util.Optional<SanctionsEdition> current,
                        EditionDifference difference) {
    }

    private Read read(SanctionsSource source, byte[] content, LocalDate publishedOn) {
        ParsedEdition edition;
        try {
            edition = SanctionsFiles.read(source, content, settings.listMaxBytes());
        } catch (ListFileProblem problem) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, SignalsModule.BUNDLE, problem.key(), List.of(), problem.arguments().toArray());
        }
        if (edition.designations().isEmpty()) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, SignalsModule.BUNDLE, "file.noDesignations", List.of());
        }
        LocalDate date = edition.publishedOn() != null ? edition.publishedOn() : publishedOn != null ? publishedOn : clock.today();
        var current = lists.inForceOf(source);
        List<Designation> before = current.map(e -> lists.designationsOf(e.getId())).orElse(List.of());
        EditionDifference difference = SanctionsLists.difference(source, current.map(SanctionsEdition::getId).orElse(null), null, before,
                edition.designations());
        return new Read(edition, date, sha256(content), current, difference);
    }

    private void requireListAdmin() {
        if (!currentUser.hasRole(Role.LIST_ADMIN)) {
            throw Refusal.forbidden("SanctionsEdition", null);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
