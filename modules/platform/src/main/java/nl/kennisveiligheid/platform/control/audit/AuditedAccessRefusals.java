package nl.kennisveiligheid.platform.control.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kennisveiligheid.platform.api.AccessRefusals;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;

/** {@link AccessRefusals}' recorder: {@code access.refused} in the audit trail, in a transaction of its own. */
@ApplicationScoped
public class AuditedAccessRefusals implements AccessRefusals.Recorder {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Override
    public void record(String objectType, Object objectId) {
        Long institution = user.isAuthenticated() ? user.institutionId().orElse(null) : null;
        audit.recordIndependently(AuditEvent.of("access.refused", objectType, objectId, institution));
    }
}
