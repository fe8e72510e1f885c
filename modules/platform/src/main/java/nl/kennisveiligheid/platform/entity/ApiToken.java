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
import java.time.OffsetDateTime;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.platform.api.Role;

/**
 * An API token: a person's own ({@link Kind#PERSONAL}: it belongs to their user account and acts as them) or a
 * system's ({@link Kind#SYSTEM}: an institution's or the authority's system, with a role given to systems). One role, a
 * name, an expiry. Only the SHA-256 of the token is stored (the token itself is shown once, at issue); revocable; last
 * use kept.
 */
@Entity
@Table(name = "api_token", schema = "platform")
public class ApiToken extends AuditedEntity {

    /** Whose token it is. */
    public enum Kind { PERSONAL, SYSTEM }

    @Id
    @SequenceGenerator(name = "api_token_seq", schema = "platform", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** The first characters of the token, to recognise it in lists. */
    @Column(name = "token_prefix", nullable = false, length = 12)
    private String tokenPrefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Role role;

    @Column(name = "institution_id")
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    /** The person a personal token belongs to (their institution is theirs, not the token's). */
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    protected ApiToken() {
    }

    private ApiToken(Kind kind, String name, String tokenHash, String tokenPrefix, Role role, Long institutionId, Long userId,
                     OffsetDateTime expiresAt) {
        this.kind = kind;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.role = role;
        this.institutionId = institutionId;
        this.userId = userId;
        this.expiresAt = expiresAt;
    }

    /** A system's token: only a role given to systems, an institution's role with its institution. */
    public static ApiToken forSystem(String name, String tokenHash, String tokenPrefix, Role role, Long institutionId, OffsetDateTime expiresAt) {
        if (!role.isForSystems() || role.isInstitutional() != (institutionId != null)) {
            throw new IllegalArgumentException("Role " + role + " is not for a system of " + (institutionId == null ? "the authority" : "an institution"));
        }
        return new ApiToken(Kind.SYSTEM, name, tokenHash, tokenPrefix, role, institutionId, null, expiresAt);
    }

    /** A person's own token, with one of the roles the person has. */
    public static ApiToken forPerson(String name, String tokenHash, String tokenPrefix, Role role, UserAccount person, OffsetDateTime expiresAt) {
        if (!person.getRoles().contains(role)) {
            throw new IllegalArgumentException("Role " + role + " is not " + person.getUsername() + "'s");
        }
        return new ApiToken(Kind.PERSONAL, name, tokenHash, tokenPrefix, role, null, person.getId(), expiresAt);
    }

    public boolean isUsableAt(OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void revoke(OffsetDateTime at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Role getRole() {
        return role;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getUserId() {
        return userId;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
