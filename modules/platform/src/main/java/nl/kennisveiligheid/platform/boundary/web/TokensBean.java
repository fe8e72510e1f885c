package nl.kennisveiligheid.platform.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.PageSource;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.identity.ApiTokens;
import nl.kennisveiligheid.platform.control.identity.TokenAdministration;
import nl.kennisveiligheid.platform.control.identity.UserAdministration;
import nl.kennisveiligheid.platform.entity.ApiToken;

/** Issuing and revoking the systems' API tokens (administrators); a new token is shown once. {@link PersonalTokensBean}: a person's own. */
@Named
@ViewScoped
public class TokensBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the tokens table. */
    public record Row(long id, String name, String prefix, String role, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
                      boolean revoked, boolean expired) {
    }

    @Inject
    TokenAdministration administration;

    @Inject
    PlatformClock clock;

    private LazyTableModel<Row> model;
    private String name;
    private Role role;
    private LocalDate expires;
    private String issuedToken;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(new Source(), Row::id);
        role = administration.issuableRoles(kind()).stream().findFirst().orElse(null);
        expires = clock.today().plusYears(1);
    }

    /** The kind of token the page manages. */
    protected ApiToken.Kind kind() {
        return ApiToken.Kind.SYSTEM;
    }

    private final class Source implements PageSource<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return administration.count(kind(), filters);
        }

        @Override
        public List<Row> load(PageRequest request) {
            OffsetDateTime now = clock.now().atOffset(java.time.ZoneOffset.UTC);
            return administration.load(kind(), request).stream().map(t -> new Row(t.getId(), t.getName(), t.getTokenPrefix(), t.getRole().name(),
                    t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt() != null, !t.getExpiresAt().isAfter(now))).toList();
        }
    }

    public void issue() {
        issuedToken = null;
        try {
            ApiTokens.Issued issued = administration.issue(kind(), name, role, expires);
            issuedToken = issued.token();
            PageMessages.info(PlatformModule.BUNDLE, "tokens.issued", name);
            name = null;
        } catch (UserAdministration.Refused refused) {
            PageMessages.error(null, PlatformModule.BUNDLE, refused.getMessage());
        }
    }

    public void revoke(Row row) {
        issuedToken = null;
        try {
            administration.revoke(kind(), row.id());
            PageMessages.info(PlatformModule.BUNDLE, "tokens.revoked", row.name());
        } catch (UserAdministration.Refused refused) {
            PageMessages.error(null, PlatformModule.BUNDLE, refused.getMessage());
        }
    }

    public boolean isPersonal() {
        return kind() == ApiToken.Kind.PERSONAL;
    }

    public List<Role> getRoles() {
        return administration.issuableRoles(kind());
    }

    public LazyTableModel<Row> getModel() {
        return model;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public LocalDate getExpires() {
        return expires;
    }

    public void setExpires(LocalDate expires) {
        this.expires = expires;
    }
}
