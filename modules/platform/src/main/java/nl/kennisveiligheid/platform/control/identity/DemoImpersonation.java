package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import nl.kennisveiligheid.platform.api.DemoActors;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.control.ConfigurableClock;
import nl.kennisveiligheid.platform.control.RequestActor;
import nl.kennisveiligheid.platform.control.RuntimeSettingsBean;
import nl.kennisveiligheid.platform.entity.UserAccount;

/**
 * {@link DemoActors}: a thread-local identity that {@link RequestCurrentUser} answers with, the actor the audit trail
 * names, and a thread-local moment the platform clock answers with. Demo mode only.
 */
@ApplicationScoped
public class DemoImpersonation implements DemoActors {

    /** Who the demo work runs as. */
    record Identity(String name, String displayName, Set<Role> roles, Long institutionId) {
    }

    private static final ThreadLocal<Identity> CURRENT = new ThreadLocal<>();

    @Inject
    RuntimeSettingsBean settings;

    @Inject
    UserAccounts users;

    /** The identity demo work runs as on this thread, if any. */
    static Identity current() {
        return CURRENT.get();
    }

    @Override
    public <T> T as(String username, Instant at, Supplier<T> work) {
        if (!settings.isDemo()) {
            throw new IllegalStateException("Acting as a demo user is for demo data only");
        }
        UserAccount user = users.findActive(username).orElseThrow(() -> new IllegalArgumentException("No active demo user " + username));
        Identity before = CURRENT.get();
        CURRENT.set(new Identity(user.getUsername(), user.getDisplayName(), user.getRoles(), user.getInstitutionId()));
        RequestActor.set(user.getUsername());
        ConfigurableClock.setThreadMoment(at);
        try {
            return work.get();
        } finally {
            ConfigurableClock.setThreadMoment(null);
            if (before == null) {
                CURRENT.remove();
                RequestActor.clear();
            } else {
                CURRENT.set(before);
                RequestActor.set(before.name());
            }
        }
    }
}
