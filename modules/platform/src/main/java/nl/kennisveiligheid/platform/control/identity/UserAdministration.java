package nl.kennisveiligheid.platform.control.identity;

import nl.kennisveiligheid.platform.api.AccessRefusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.TableQuery;
import nl.kennisveiligheid.platform.control.PasswordHasher;
import nl.kennisveiligheid.platform.entity.UserAccount;

/**
 * Administering user accounts. A system administrator manages every account; an institution administrator
 * only the accounts of their own institution, and only with institution roles. Accounts are never deleted
 * (the audit trail keeps pointing at them), only deactivated. Every change is audited, never a password.
 */
@ApplicationScoped
public class UserAdministration {

    /** Why an administrator's request was refused; the screen turns it into a message. */
    public static class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String messageKey) {
            super(messageKey);
        }
    }

    /** A new account and its temporary password, shown once. */
    public record Created(long id, String username, String temporaryPassword) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser admin;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClock clock;

    private TableQuery<UserAccount> table() {
        Optional<Long> own = ownInstitution();
        return TableQuery.of(UserAccount.class)
                .text("username", "username")
                .text("displayName", "displayName")
                .exact("institutionId", "institutionId")
                .exact("active", "active")
                .defaultSort("username", true)
                .scope((cb, root) -> own.map(id -> cb.equal(root.get("institutionId"), id)).orElseGet(cb::conjunction));
    }

    public long count(Map<String, Object> filters) {
        return table().count(em, filters);
    }

    public List<UserAccount> load(PageRequest request) {
        return table().load(em, request);
    }

    /** The roles the current administrator may give. */
    public List<Role> assignableRoles() {
        return admin.hasRole(Role.SYSTEM_ADMIN) ? List.of(Role.values()) : Role.institutionRoles();
    }

    @Transactional
    public Created create(String username, String displayName, String jobTitle, String email, Long institutionId, Role role) {
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!name.matches("[a-z0-9._@-]{3,100}")) {
            throw new Refused("users.error.username");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new Refused("users.error.displayName");
        }
        requireJobTitle(jobTitle);
        String address = email == null || email.isBlank() ? null : email.trim();
        if (address != null && (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new Refused("users.error.email");
        }
        if (role == null || !assignableRoles().contains(role)) {
            throw new Refused("users.error.role");
        }
        Long institution = ownInstitution().orElse(institutionId);
        if (role.isInstitutional() && institution == null) {
            throw new Refused("users.error.institutionRequired");
        }
        if (!role.isInstitutional()) {
            institution = null;
        }
        if (!em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", name).getResultList().isEmpty()) {
            throw new Refused("users.error.exists");
        }
        String temporary = temporaryPassword();
        UserAccount user = new UserAccount(name, displayName.trim(), institution, PasswordHasher.hash(temporary.toCharArray()), true, Set.of(role));
        user.setEmail(address);
        user.setJobTitle(jobTitle);
        em.persist(user);
        em.flush();
        audit.record(new AuditEvent("user.created", "UserAccount", String.valueOf(user.getId()), institution, Map.of(),
                Map.of("username", name, "role", role.name())));
        return new Created(user.getId(), name, temporary);
    }

    /** Sets a new temporary password (shown once) that must be changed at the next login; unlocks the account. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount user = mine(id);
        String temporary = temporaryPassword();
        user.resetPassword(PasswordHasher.hash(temporary.toCharArray()));
        audit.record(AuditEvent.of("user.password-reset", "UserAccount", id, user.getInstitutionId()));
        return temporary;
    }

    @Transactional
    public void unlock(long id) {
        UserAccount user = mine(id);
        user.unlock();
        audit.record(AuditEvent.of("user.unlocked", "UserAccount", id, user.getInstitutionId()));
    }

    @Transactional
    public void setActive(long id, boolean active) {
        UserAccount user = mine(id);
        if (!active && user.getUsername().equals(admin.name())) {
            throw new Refused("users.error.self");
        }
        if (active) {
            user.reactivate();
        } else {
            user.deactivate();
        }
        audit.record(new AuditEvent(active ? "user.reactivated" : "user.deactivated", "UserAccount", String.valueOf(id),
                user.getInstitutionId(), Map.of("active", !active), Map.of("active", active)));
    }

    /** The longest function (job title). */
    public static final int JOB_TITLE_MAX = 200;

    private static void requireJobTitle(String jobTitle) {
        if (jobTitle != null && jobTitle.strip().length() > JOB_TITLE_MAX) {
            throw new Refused("users.error.jobTitle");
        }
    }

    /** A new function (job title) for an account; empty takes it away. Audited. */
    @Transactional
    public void setJobTitle(long id, String jobTitle) {
        requireJobTitle(jobTitle);
        UserAccount user = mine(id);
        String before = String.valueOf(user.getJobTitle());
        user.setJobTitle(jobTitle);
        audit.record(new AuditEvent("user.job-title-changed", "UserAccount", String.valueOf(id), user.getInstitutionId(),
                Map.of("jobTitle", before), Map.of("jobTitle", String.valueOf(user.getJobTitle()))));
    }

    /** An account's contact details and history, as an administrator sees them. */
    public record Details(long id, String username, String displayName, String jobTitle, String email, Long institutionId,
                          java.time.OffsetDateTime createdAt, String createdBy, java.time.OffsetDateTime lastLoginAt) {
    }

    /** The account's details (personal data: the read is audited). */
    public Details details(long id) {
        UserAccount user = mine(id);
        audit.personalDataViewed("UserAccount", id, user.getInstitutionId());
        return new Details(id, user.getUsername(), user.getDisplayName(), user.getJobTitle(), user.getEmail(), user.getInstitutionId(),
                user.getCreatedAt(), user.getCreatedBy(), user.getLastLoginAt());
    }

    /** Whether the account is locked now. */
    public boolean isLocked(UserAccount user) {
        return user.isLockedAt(clock.now().atOffset(ZoneOffset.UTC));
    }

    /** The account, if the administrator may manage it; another institution's account is "not found" and audited. */
    private UserAccount mine(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        Optional<Long> own = ownInstitution();
        if (user == null || (own.isPresent() && !own.get().equals(user.getInstitutionId()))) {
            if (user != null) {
                AccessRefusals.record("UserAccount", id);
            }
            throw new Refused("users.error.notFound");
        }
        return user;
    }

    private Optional<Long> ownInstitution() {
        return AdministrationScope.of(admin, "users.error.notFound");
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
