package nl.kennisveiligheid.platform.control.identity;

import nl.kennisveiligheid.platform.api.AccessRefusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * API tokens as people manage them. <b>System tokens</b>: an institution administrator for their institution's
 * systems, a system administrator for the authority's, each only with a role given to systems ({@link Role#isForSystems}):
 * no administrator hands anyone a role through a token. <b>Personal tokens</b>: every person for themselves, with one of
 * their own roles; the token acts as them. Audited.
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
    CurrentUser caller;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClock clock;

    private TableQuery<ApiToken> table(ApiToken.Kind kind) {
        Scope scope = scope(kind);
        return TableQuery.of(ApiToken.class)
                .text("name", "name")
                .exact("role", "role")
                .defaultSort("name", true)
                .scope((cb, root) -> cb.and(cb.equal(root.get("kind"), kind), scope.owner() != null ? cb.equal(root.get("userId"), scope.owner())
                        : scope.institution().map(id -> cb.equal(root.get("institutionId"), id)).orElseGet(() -> cb.isNull(root.get("institutionId")))));
    }

    public long count(ApiToken.Kind kind, Map<String, Object> filters) {
        return table(kind).count(em, filters);
    }

    public List<ApiToken> load(ApiToken.Kind kind, PageRequest request) {
        return table(kind).load(em, request);
    }

    /** The roles the caller may give a token of this kind: their own for a personal token, a system role of their scope for a system's. */
    public List<Role> issuableRoles(ApiToken.Kind kind) {
        if (kind == ApiToken.Kind.PERSONAL) {
            return java.util.Arrays.stream(Role.values()).filter(caller::hasRole).toList();
        }
        return Role.systemRoles(scope(kind).institution().isPresent());
    }

    /** Issues a token; its value is returned once and never stored. */
    @Transactional
    public ApiTokens.Issued issue(ApiToken.Kind kind, String name, Role role, LocalDate expires) {
        if (name == null || !name.trim().matches("[A-Za-z0-9 ._-]{3,100}")) {
            throw new UserAdministration.Refused("tokens.error.name");
        }
        if (role == null || !issuableRoles(kind).contains(role)) {
            AccessRefusals.record("ApiToken.role", String.valueOf(role));
            throw new UserAdministration.Refused(kind == ApiToken.Kind.PERSONAL ? "tokens.error.role.personal" : "tokens.error.role");
        }
        LocalDate today = clock.today();
        if (expires == null || !expires.isAfter(today) || expires.isAfter(today.plusYears(MAX_YEARS))) {
            throw new UserAdministration.Refused("tokens.error.expiry");
        }
        OffsetDateTime until = expires.atStartOfDay(clock.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        Scope scope = scope(kind);
        ApiTokens.Issued issued = kind == ApiToken.Kind.PERSONAL ? tokens.issuePersonal(name.trim(), role, scope.person(), until)
                : tokens.issue(name.trim(), role, scope.institution().orElse(null), until);
        audit.record(new AuditEvent("token.issued", "ApiToken", String.valueOf(issued.id()), caller.institutionId().orElse(null), Map.of(),
                Map.of("kind", kind.name(), "name", name.trim(), "role", role.name(), "expires", expires.toString())));
        return issued;
    }

    @Transactional
    public void revoke(ApiToken.Kind kind, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        Scope scope = scope(kind);
        boolean mine = token != null && token.getKind() == kind && (scope.owner() != null ? scope.owner().equals(token.getUserId())
                : scope.institution().isPresent() ? scope.institution().get().equals(token.getInstitutionId()) : token.getInstitutionId() == null);
        if (!mine) {
            if (token != null) {
                AccessRefusals.record("ApiToken", id);
            }
            throw new UserAdministration.Refused("tokens.error.notFound");
        }
        tokens.revoke(id, caller.name());
        audit.record(AuditEvent.of("token.revoked", "ApiToken", id, caller.institutionId().orElse(null)));
    }

    /**
     * Whose tokens the caller manages: their own (personal; the account's id and login name), or the systems of their
     * institution or, for a system administrator, of the authority.
     */
    private record Scope(Long owner, String person, Optional<Long> institution) {
    }

    private Scope scope(ApiToken.Kind kind) {
        if (kind == ApiToken.Kind.PERSONAL) {
            String person = caller.person().orElseThrow(() -> new UserAdministration.Refused("tokens.error.notFound"));
            Long owner = em.createQuery("select u.id from UserAccount u where u.username = :u", Long.class).setParameter("u", person)
                    .getResultStream().findFirst().orElseThrow(() -> new UserAdministration.Refused("tokens.error.notFound"));
            return new Scope(owner, person, Optional.empty());
        }
        if (!caller.hasRole(Role.SYSTEM_ADMIN) && !caller.hasRole(Role.INSTITUTION_ADMIN)) {
            throw new UserAdministration.Refused("tokens.error.notFound");
        }
        return new Scope(null, null, AdministrationScope.of(caller, "tokens.error.notFound"));
    }
}
