package nl.kennisveiligheid.platform.boundary.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.identity.UserAccounts;

/** Changing one's own password (required at first login after an admin set it). */
@Named("passwordChange")
@RequestScoped
public class PasswordChangeBean {

    static final int MINIMUM_LENGTH = 12;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccounts users;

    private String current;
    private String next;
    private String repeat;

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (next == null || next.length() < MINIMUM_LENGTH) {
            error(faces, "password:next", "password.error.short", MINIMUM_LENGTH);
            return;
        }
        if (!next.equals(repeat)) {
            error(faces, "password:repeat", "password.error.repeat");
            return;
        }
        if (next.equals(current)) {
            error(faces, "password:next", "password.error.same");
            return;
        }
        try {
            users.changePassword(currentUser.name(), current == null ? new char[0] : current.toCharArray(), next.toCharArray());
        } catch (IllegalArgumentException wrong) {
            error(faces, "password:current", "password.error.current");
            return;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(PlatformModule.BUNDLE, "password.changed");
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/index.xhtml");
    }

    private static void error(FacesContext faces, String field, String key, Object... arguments) {
        PageMessages.error(field, PlatformModule.BUNDLE, key, arguments);
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
