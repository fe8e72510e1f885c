package nl.kennisveiligheid.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionKind;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.PageSource;
import nl.kennisveiligheid.platform.api.lazy.TableQuery;
import nl.kennisveiligheid.platform.entity.Institution;

/** The institutions (tenants): the directory other modules use, and the rows of the institutions table. */
@ApplicationScoped
public class InstitutionService implements InstitutionDirectory, PageSource<InstitutionSummary> {

    private static final long serialVersionUID = 1L;

    private static final TableQuery<Institution> TABLE = TableQuery.of(Institution.class)
            .text("name", "name")
            .text("code", "code")
            .exact("kind", "kind")
            .exact("id", "id")
            .defaultSort("name", true);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    public List<InstitutionSummary> all() {
        return em.createQuery("select i from Institution i order by i.name", Institution.class)
                .getResultStream().map(Institution::summary).toList();
    }

    @Override
    public Optional<InstitutionSummary> byId(long id) {
        return Optional.ofNullable(em.find(Institution.class, id)).map(Institution::summary);
    }

    @Override
    public Optional<InstitutionSummary> byCode(String code) {
        return em.createQuery("select i from Institution i where i.code = :code", Institution.class)
                .setParameter("code", code).getResultStream().findFirst().map(Institution::summary);
    }

    @Transactional
    public InstitutionSummary create(String code, String name, InstitutionKind kind) {
        Institution institution = new Institution(code, name, kind);
        em.persist(institution);
        em.flush();
        return institution.summary();
    }

    /**
     * An institution registered by a system administrator: checked, and audited. Throws an
     * {@link IllegalArgumentException} whose message is the key of the reason on refusal.
     */
    @Transactional
    public InstitutionSummary register(String code, String name, InstitutionKind kind) {
        String cleanCode = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!cleanCode.matches("[A-Z0-9-]{2,20}")) {
            throw new IllegalArgumentException("institutions.error.code");
        }
        checkNameAndKind(name, kind);
        if (byCode(cleanCode).isPresent()) {
            throw new IllegalArgumentException("institutions.error.exists");
        }
        InstitutionSummary created = create(cleanCode, name.trim(), kind);
        audit.record(new AuditEvent("institution.registered", "Institution", String.valueOf(created.id()),
                created.id(), Map.of(), Map.of("code", cleanCode, "name", created.name(), "kind", kind.name())));
        return created;
    }

    /**
     * A new name and kind for an institution, by a system administrator; refused with a
     * {@link ConcurrentChangeException} when someone else changed it after {@code expectedVersion} was read.
     */
    /**
     * How the institution is reached.
     *
     * @param email         where mail goes (empty: to its officers)
     * @param language      the language of mail, {@code nl} or {@code en}
     * @param postalAddress where letters go, lines separated by new lines (empty: not known)
     */
    public record Contact(String email, String language, String postalAddress) {
    }

    /** The longest postal address (lines included). */
    public static final int POSTAL_ADDRESS_MAX = 500;

    /** Where mail and letters to the institution go and in which language. Audited. */
    @Transactional
    public void contact(long id, Contact contact) {
        String email = contact.email();
        String language = contact.language();
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw Refusal.notFound(PlatformModule.BUNDLE, "problem.detail.institution-not-found");
        }
        String address = email == null || email.isBlank() ? null : email.trim();
        List<Refusal.FieldProblem> problems = new java.util.ArrayList<>();
        if (address != null && (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254)) {
            problems.add(new Refusal.FieldProblem("contactEmail", "institutions.error.email"));
        }
        String chosen = language == null ? null : Languages.forCode(language).map(java.util.Locale::getLanguage).orElse(null);
        if (chosen == null) {
            problems.add(new Refusal.FieldProblem("language", "institutions.error.language"));
        }
        String postal = contact.postalAddress() == null || contact.postalAddress().isBlank() ? null
                : contact.postalAddress().strip().replaceAll("\\s*\\R\\s*", "\n");
        if (postal != null && (postal.length() > POSTAL_ADDRESS_MAX || postal.lines().count() > 6)) {
            problems.add(new Refusal.FieldProblem("postalAddress", "institutions.error.postalAddress"));
        }
        Refusal.refuseIfAny(PlatformModule.BUNDLE, "problem.detail.validation", problems);
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        before.put("contactEmail", String.valueOf(institution.getContactEmail()));
        before.put("language", institution.getLanguage());
        before.put("postalAddress", String.valueOf(institution.getPostalAddress()));
        institution.contact(address, chosen, postal);
        audit.record(new AuditEvent("institution.contact-changed", "Institution", String.valueOf(id), id, before,
                Map.of("contactEmail", String.valueOf(address), "language", chosen, "postalAddress", String.valueOf(postal))));
    }

    /** How the institution is reached. */
    public Optional<Contact> contactOf(long id) {
        return Optional.ofNullable(em.find(Institution.class, id)).map(i -> new Contact(i.getContactEmail(), i.getLanguage(), i.getPostalAddress()));
    }

    @Override
    public Optional<String> postalAddress(long id) {
        return Optional.ofNullable(em.find(Institution.class, id)).map(Institution::getPostalAddress);
    }

    @Transactional
    public InstitutionSummary update(long id, String name, InstitutionKind kind, long expectedVersion) {
        checkNameAndKind(name, kind);
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new IllegalArgumentException("institutions.error.unknown");
        }
        ConcurrentChangeException.requireVersion(institution, expectedVersion, "Institution", id);
        Map<String, Object> before = Map.of("name", institution.getName(), "kind", institution.getKind().name());
        institution.rename(name.trim(), kind);
        em.flush();
        audit.record(new AuditEvent("institution.changed", "Institution", String.valueOf(id), id,
                before, Map.of("name", institution.getName(), "kind", kind.name())));
        return institution.summary();
    }

    private static void checkNameAndKind(String name, InstitutionKind kind) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("institutions.error.name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("institutions.error.kind");
        }
    }

    @Override
    public long count(Map<String, Object> filters) {
        return TABLE.count(em, filters);
    }

    @Override
    public List<InstitutionSummary> load(PageRequest request) {
        return TABLE.load(em, request).stream().map(Institution::summary).toList();
    }
}
