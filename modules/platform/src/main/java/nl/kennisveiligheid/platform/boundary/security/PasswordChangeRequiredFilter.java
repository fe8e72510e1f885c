package nl.kennisveiligheid.platform.boundary.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kennisveiligheid.platform.control.identity.RequestCurrentUser;
import nl.kennisveiligheid.platform.entity.UserAccount;

/** A user who must change the password (first login, reset by an admin) sees only the password page until done. */
@WebFilter(filterName = "passwordChangeRequiredFilter", urlPatterns = "*.xhtml")
public class PasswordChangeRequiredFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/platform/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(PASSWORD_PAGE) && !path.startsWith("/error/")
                && request.getAttribute(RequestCurrentUser.ACCOUNT_ATTRIBUTE) instanceof UserAccount user
                && user.isMustChangePassword()) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
