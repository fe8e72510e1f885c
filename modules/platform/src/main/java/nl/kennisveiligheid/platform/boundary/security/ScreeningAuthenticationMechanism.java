package nl.kennisveiligheid.platform.boundary.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CorrelationId;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.boundary.web.RequestPaths;
import nl.kennisveiligheid.platform.api.RuntimeSettings;
import nl.kennisveiligheid.platform.boundary.rest.ProblemDetails;
import nl.kennisveiligheid.platform.boundary.web.SecurityHeaders;
import nl.kennisveiligheid.platform.control.Languages;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.RequestMessages;
import nl.kennisveiligheid.platform.control.identity.ApiTokens;
import nl.kennisveiligheid.platform.control.identity.RequestCurrentUser;
import nl.kennisveiligheid.platform.control.identity.UserAccounts;
import nl.kennisveiligheid.platform.entity.UserAccount;

/**
 * The one authentication mechanism of the application (Jakarta Security 3.0 allows one), serving both ways in:
 * <ul>
 *   <li><b>REST</b> ({@code /api/}): only {@code Authorization: Bearer <token>}; a session cookie is never
 *       looked at. A missing, unknown, expired or revoked token gets 401 problem+json.</li>
 *   <li><b>Pages</b>: form login against the user accounts (the login page calls
 *       {@code SecurityContext.authenticate}); the session remembers the user name and every request
 *       re-reads the account, so a deactivated account is out at once. A protected page without login
 *       redirects to the login page, which returns the user afterwards.</li>
 * </ul>
 */
@ApplicationScoped
public class ScreeningAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "nl.kennisveiligheid.user";
    public static final String REQUEST_LOGIN_CHECK = "nl.kennisveiligheid.loginCheck";
    static final String TEST_SUPPORT_API = "/api/v1/test-support/";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    RuntimeSettings settings;

    @Inject
    UserAccounts users;

    @Inject
    ApiTokens tokens;

    @Inject
    AuditTrail auditTrail;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        correlate(request, response);
        // before anything else: a redirect to the login page or a refusal here never reaches the filters
        SecurityHeaders.apply(response, settings.behindTls());
        // decided on the normalised path: "/jakarta.faces.resource/../platform/…" is a page, not a resource
        String normal = RequestPaths.of(request);
        String path = normal != null ? normal : request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(path, request, response, context);
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing();
        }
        return page(path, request, context);
    }

    private AuthenticationStatus api(String path, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (path.startsWith(TEST_SUPPORT_API)) {
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiTokens.TokenIdentity> identity = tokens.authenticate(header.substring(7).trim());
            if (identity.isPresent()) {
                request.setAttribute(RequestCurrentUser.TOKEN_ATTRIBUTE, identity.get());
                return context.notifyContainerAboutLogin(new CallerPrincipal(identity.get().principal()),
                        RoleGroup.securityRoles(Set.of(identity.get().role())));
            }
        }
        unauthorized(request, response, header == null ? "problem.detail.401" : "problem.detail.401.token");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus page(String path, HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login) {
            UserAccounts.Check check = users.check(login.getCaller(), login.getPassword().getValue());
            request.setAttribute(REQUEST_LOGIN_CHECK, check);
            if (check != UserAccounts.Check.VALID) {
                auditTrail.recordIndependently(AuditEvent.of(check == UserAccounts.Check.LOCKED ? "login.locked" : "login.failed",
                        "UserAccount", login.getCaller(), null));
                return AuthenticationStatus.SEND_FAILURE;
            }
            UserAccount user = users.findActive(login.getCaller()).orElseThrow();
            request.setAttribute(RequestCurrentUser.ACCOUNT_ATTRIBUTE, user);
            auditTrail.recordIndependently(AuditEvent.of("login.succeeded", "UserAccount", user.getUsername(), user.getInstitutionId()));
            request.getSession(true).setAttribute(SESSION_USER, user.getUsername());
            return context.notifyContainerAboutLogin(new CallerPrincipal(user.getUsername()), groups(user.getRoles()));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<UserAccount> user = users.findActive(username);
            if (user.isPresent()) {
                request.setAttribute(RequestCurrentUser.ACCOUNT_ATTRIBUTE, user.get());
                return context.notifyContainerAboutLogin(new CallerPrincipal(username), groups(user.get().getRoles()));
            }
            session.removeAttribute(SESSION_USER);
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            String next = path + (query == null ? "" : "?" + query);
            return context.redirect(request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * Gives the request its correlation id here, the first code every request passes: a request the container
     * refuses (a role constraint) never reaches the filters, and its error page must still show the id.
     */
    private static void correlate(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(CorrelationId.REQUEST_ATTRIBUTE) == null) {
            String incoming = request.getHeader(CorrelationId.HEADER);
            String id = CorrelationId.isWellFormed(incoming) ? incoming : CorrelationId.newId();
            request.setAttribute(CorrelationId.REQUEST_ATTRIBUTE, id);
            response.setHeader(CorrelationId.HEADER, id);
        }
    }

    private static Set<String> groups(Set<Role> roles) {
        return RoleGroup.securityRoles(roles);
    }

    /** 401 as problem+json in the caller's language; written here because the request never reaches JAX-RS. */
    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String detailKey) {
        Locale locale = request.getHeader("Accept-Language") == null ? Languages.DEFAULT
                : Languages.forApi(Collections.list(request.getLocales()));
        String id = String.valueOf(request.getAttribute(CorrelationId.REQUEST_ATTRIBUTE));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ProblemDetails body = new ProblemDetails("about:blank",
                RequestMessages.text(PlatformModule.BUNDLE, "problem.title.401", locale), 401,
                RequestMessages.text(PlatformModule.BUNDLE, detailKey, locale), path, id, null);
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"screening\"");
            response.setHeader(CorrelationId.HEADER, id);
            SecurityHeaders.apply(response, settings.behindTls());
            response.setContentType(ProblemDetails.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(body));
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
