package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.TableQuery;
import nl.kennisveiligheid.platform.entity.ApiToken;

/**
 * API tokens as administrators manage them: an institution administrator for their institution's systems
 * (institution roles), a system administrator for the authority's systems (authority roles). Audited.
 */
@ApplicationScoped
public class TokenAdministration {

    /** The longest a token may live. */
    public static final int MAX_YEARS = 2;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser admin;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClock clock;

    private TableQuery<ApiToken> table() {
        Optional<Long> own = ownInstitution();
        return TableQuery.of(ApiToken.class)
                .text("name", "name")
                .exact("role", "role")
                .defaultSort("name", true)
                .scope((cb, root) -> own.map(id -> cb.equal(root.get("institutionId"), id))
                        .orElseGet(() -> cb.isNull(root.get("institutionId"))));
    }

    public long count(Map<String, Object> filters) {
        return table().count(em, filters);
    }

    public List<ApiToken> load(PageRequest request) {
        return table().load(em, request);
    }

    public List<Role> issuableRoles() {
        return admin.hasRole(Role.SYSTEM_ADMIN) ? Role.authorityRoles() : Role.institutionRoles();
    }

    /** Issues a token; its value is returned once and never stored. */
    @Transactional
    public ApiTokens.Issued issue(String name, Role role, LocalDate expires) {
        if (name == null || !name.trim().matches("[A-Za-z0-9 ._-]{3,100}")) {
            throw new UserAdministration.Refused("tokens.error.name");
        }
        if (role == null || !issuableRoles().contains(role)) {
            throw new UserAdministration.Refused("tokens.error.role");
        }
        LocalDate today = clock.today();
        if (expires == null || !expires.isAfter(today) || expires.isAfter(today.plusYears(MAX_YEARS))) {
            throw new UserAdministration.Refused("tokens.error.expiry");
        }
        Long institution = ownInstitution().orElse(null);
        ApiTokens.Issued issued = tokens.issue(name.trim(), role, institution, expires.atStartOfDay(clock.zone()).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC));
        audit.record(new AuditEvent("token.issued", "ApiToken", String.valueOf(issued.id()), institution, Map.of(),
                Map.of("name", name.trim(), "role", role.name(), "expires", expires.toString())));
        return issued;
    }

    @Transactional
    public void revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        Optional<Long> own = ownInstitution();
        boolean mine = token != null && (own.isPresent() ? own.get().equals(token.getInstitutionId()) : token.getInstitutionId() == null);
        if (!mine) {
            if (token != null) {
                audit.recordIndependently(AuditEvent.of("access.refused", "ApiToken", id, own.orElse(null)));
            }
            throw new UserAdministration.Refused("tokens.error.notFound");
        }
        tokens.revoke(id, admin.name());
        audit.record(AuditEvent.of("token.revoked", "ApiToken", id, token.getInstitutionId()));
    }

    private Optional<Long> ownInstitution() {
        return AdministrationScope.of(admin, "tokens.error.notFound");
    }
}
