package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/** Lock-out settings: {@code login.max-failures} (5) failures in a row lock an account for {@code login.lockout-minutes} (15). */
@ApplicationScoped
public class LoginSettings {

    @Inject
    @ConfigProperty(name = "login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    public int maxFailures() {
        return Math.max(1, maxFailures);
    }

    public Duration lockout() {
        return Duration.ofMinutes(Math.max(1, lockoutMinutes));
    }
}
