package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.entity.UserAccount;

/** The caller of the current HTTP request, from the container's principal: a user account or an API token. */
@RequestScoped
public class RequestCurrentUser implements CurrentUser {

    public static final String TOKEN_ATTRIBUTE = "nl.kennisveiligheid.token";
    /** The signed-in user's account, as the authentication mechanism read it for this request. */
    public static final String ACCOUNT_ATTRIBUTE = "nl.kennisveiligheid.account";

    @Inject
    HttpServletRequest request;

    @Inject
    UserAccounts users;

    private boolean loaded;
    private String name;
    private String person;
    private String displayName;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Long institutionId;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return;
        }
        name = principal.getName();
        if (request.getAttribute(TOKEN_ATTRIBUTE) instanceof ApiTokens.TokenIdentity token) {
            // a personal token acts as its person (their name everywhere); a system token as the system
            person = token.person();
            displayName = token.person() != null ? token.personName() : token.name();
            roles = EnumSet.of(token.role());
            institutionId = token.institutionId();
            return;
        }
        person = name;
        Optional<UserAccount> user = request.getAttribute(ACCOUNT_ATTRIBUTE) instanceof UserAccount read
                ? Optional.of(read) : users.findActive(name);
        if (user.isPresent()) {
            displayName = user.get().getDisplayName();
            roles = user.get().getRoles();
            institutionId = user.get().getInstitutionId();
        }
    }

    // each answer first asks whether demo data are being made as a demo user on this thread (DemoImpersonation)

    @Override
    public boolean isAuthenticated() {
        if (DemoImpersonation.current() != null) {
            return true;
        }
        load();
        return name != null;
    }

    @Override
    public String name() {
        DemoImpersonation.Identity demo = DemoImpersonation.current();
        if (demo != null) {
            return demo.name();
        }
        load();
        return name;
    }

    @Override
    public Optional<String> person() {
        DemoImpersonation.Identity demo = DemoImpersonation.current();
        if (demo != null) {
            return Optional.of(demo.name());
        }
        load();
        return Optional.ofNullable(person);
    }

    @Override
    public String displayName() {
        DemoImpersonation.Identity demo = DemoImpersonation.current();
        if (demo != null) {
            return demo.displayName();
        }
        load();
        return displayName != null ? displayName : name;
    }

    @Override
    public Set<Role> roles() {
        DemoImpersonation.Identity demo = DemoImpersonation.current();
        if (demo != null) {
            return demo.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(demo.roles());
        }
        load();
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    @Override
    public Optional<Long> institutionId() {
        DemoImpersonation.Identity demo = DemoImpersonation.current();
        if (demo != null) {
            return Optional.ofNullable(demo.institutionId());
        }
        load();
        return Optional.ofNullable(institutionId);
    }
}
