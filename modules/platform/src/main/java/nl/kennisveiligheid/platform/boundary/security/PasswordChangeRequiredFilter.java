package nl.kennisveiligheid.platform.boundary.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kennisveiligheid.platform.control.identity.UserAccounts;

/** A user who must change the password (first login, reset by an admin) sees only the password page until done. */
@WebFilter(filterName = "passwordChangeRequiredFilter", urlPatterns = "*.xhtml")
public class PasswordChangeRequiredFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/platform/account/password.xhtml";

    @Inject
    UserAccounts users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() != null && !path.equals(PASSWORD_PAGE) && !path.startsWith("/error/")
                && request.getSession(false) != null
                && request.getSession(false).getAttribute(ScreeningAuthenticationMechanism.SESSION_USER) != null
                && users.findActive(request.getUserPrincipal().getName()).map(u -> u.isMustChangePassword()).orElse(false)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
