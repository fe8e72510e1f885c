package nl.kennisveiligheid.platform.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.platform.api.Role;

/** A person who logs in. Never deleted (the audit trail keeps pointing at them), only deactivated. */
@Entity
@Table(name = "user_account", schema = "platform")
public class UserAccount extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "user_account_seq", schema = "platform", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    /** The person's function, as letters they sign and institutions see it ("Behandelaar screening"); {@code null} when not given. */
    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Column(name = "institution_id")
    private Long institutionId;

    /** PBKDF2 hash in the format of {@code PasswordHasher}; never a plain password. */
    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", schema = "platform", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 40, nullable = false)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Long institutionId, String passwordHash,
                       boolean mustChangePassword, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.institutionId = institutionId;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.roles = new HashSet<>(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isActive() {
        return active;
    }

    /** Whether the account is locked at the given moment. */
    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Records a failed login; locks the account for {@code lockFor} after {@code maxFailures} in a row. */
    public void loginFailed(OffsetDateTime now, int maxFailures, java.time.Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    public void loginSucceeded(OffsetDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** An administrator sets a temporary password: it must be changed at the next login; the lock is lifted. */
    public void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        unlock();
    }

    public void unlock() {
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
