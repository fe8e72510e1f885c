package nl.kennisveiligheid.platform.boundary.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.identity.LoginSettings;

/** The login page, logout, and the user shown in the header. */
@Named("login")
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginSettings settings;

    private String username;
    private String password;
    private String next;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(), new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            external.redirect(request.getContextPath() + safeNext());
            faces.responseComplete();
            return null;
        }
        // one message for a wrong password and a locked account: the page must not tell which accounts exist or are locked
        PageMessages.error(null, PlatformModule.BUNDLE, "login.error.invalid", settings.maxFailures(), settings.lockout().toMinutes());
        return null;
    }

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
        faces.responseComplete();
    }

    /** Only a path inside this application; anything else goes home (no open redirect). */
    String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return "/index.xhtml";
    }

    public boolean isLoggedIn() {
        return currentUser.isAuthenticated();
    }

    public String getDisplayName() {
        return currentUser.displayName();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
