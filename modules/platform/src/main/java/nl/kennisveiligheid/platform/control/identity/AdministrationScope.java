package nl.kennisveiligheid.platform.control.identity;

import java.util.Optional;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.Role;

/** Which institution an administrator administers: none for a system administrator (all), else their own. */
final class AdministrationScope {

    private AdministrationScope() {
    }

    /** Empty for a system administrator; the administrator's institution otherwise (refused when there is none). */
    static Optional<Long> of(CurrentUser admin, String refusedKey) {
        return admin.hasRole(Role.SYSTEM_ADMIN) ? Optional.empty()
                : Optional.of(admin.institutionId().orElseThrow(() -> new UserAdministration.Refused(refusedKey)));
    }
}
