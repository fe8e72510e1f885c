package nl.kennisveiligheid.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.entity.UserAccount;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Production first start: creates exactly one system administrator from {@code ADMIN_INITIAL_USERNAME}
 * and {@code ADMIN_INITIAL_PASSWORD}, who must change the password at first login. Once a system
 * administrator exists, the variables are not used again.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional
    public void ensure() {
        long admins = em.createQuery(
                "select count(u) from UserAccount u join u.roles r where r = :role", Long.class)
                .setParameter("role", Role.SYSTEM_ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        String username = value(Settings.ADMIN_USERNAME).orElse("admin").trim();
        String password = value(Settings.ADMIN_PASSWORD)
                .orElseThrow(() -> StartupFailure.setting(Settings.ADMIN_PASSWORD,
                        "is required on the first start in production mode (the first system administrator's password)"));
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw StartupFailure.setting(Settings.ADMIN_PASSWORD,
                    "must be at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        if (!username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw StartupFailure.setting(Settings.ADMIN_USERNAME,
                    "must be 3 to 100 letters, digits or . _ @ -");
        }
        em.persist(new UserAccount(username, "System administrator", null,
                PasswordHasher.hash(password.toCharArray()), true, Set.of(Role.SYSTEM_ADMIN)));
        LOG.info(() -> "First system administrator '" + username + "' created; the password must be changed at first login");
    }

    private static Optional<String> value(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }
}
