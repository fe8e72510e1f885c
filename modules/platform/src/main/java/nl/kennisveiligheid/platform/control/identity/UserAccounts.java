package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.control.PasswordHasher;
import nl.kennisveiligheid.platform.entity.UserAccount;

/** User accounts: checking a password (with lock-out), changing it, creating accounts. */
@ApplicationScoped
public class UserAccounts {

    private static final Logger LOG = Logger.getLogger(UserAccounts.class.getName());

    /** The outcome of a password check. */
    public enum Check { VALID, INVALID, LOCKED }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    LoginSettings settings;

    public Optional<UserAccount> findActive(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :username and u.active = true", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    /** Checks a password and keeps the count of failures; its own transaction, so a failure is kept. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Check check(String username, char[] password) {
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        Optional<UserAccount> found = findActive(username);
        if (found.isEmpty()) {
            // spend the same time as a real check, so timing does not tell which names exist
            PasswordHasher.verify(password, DUMMY_HASH);
            return Check.INVALID;
        }
        UserAccount user = found.get();
        if (user.isLockedAt(now)) {
            // the same work as a real check: a locked account must not answer faster than a wrong password
            PasswordHasher.verify(password, user.getPasswordHash());
            return Check.LOCKED;
        }
        if (!PasswordHasher.verify(password, user.getPasswordHash())) {
            user.loginFailed(now, settings.maxFailures(), settings.lockout());
            if (user.isLockedAt(now)) {
                LOG.warning(() -> "Account locked after repeated failed logins: user id " + user.getId());
            }
            return Check.INVALID;
        }
        user.loginSucceeded(now);
        return Check.VALID;
    }

    @Transactional
    public void changePassword(String username, char[] current, char[] next) {
        UserAccount user = findActive(username).orElseThrow(() -> new IllegalArgumentException("unknown user"));
        if (!PasswordHasher.verify(current, user.getPasswordHash())) {
            throw new IllegalArgumentException("current password wrong");
        }
        user.changePassword(PasswordHasher.hash(next));
    }

    @Transactional
    public UserAccount create(String username, String displayName, Long institutionId, char[] password,
                              boolean mustChangePassword, Set<Role> roles) {
        for (Role role : roles) {
            if (role.isInstitutional() != (institutionId != null)) {
                throw new IllegalArgumentException("Role " + role + (role.isInstitutional()
                        ? " belongs to an institution" : " belongs to no institution"));
            }
        }
        UserAccount user = new UserAccount(username, displayName, institutionId, PasswordHasher.hash(password), mustChangePassword, roles);
        em.persist(user);
        return user;
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password".toCharArray());
}
