package nl.kennisveiligheid.signals.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.signals.api.RescreenStatus;
import nl.kennisveiligheid.signals.api.SignalAlerts;
import nl.kennisveiligheid.signals.control.SignalsModule;

/** The re-screen of everyone screened: its progress while it runs (the page polls), the last run, and starting a full one. */
@Named
@RequestScoped
public class RescreenBean {

    @Inject
    SignalAlerts alerts;

    @Inject
    CurrentUser currentUser;

    private RescreenStatus status;

    public RescreenStatus getStatus() {
        if (status == null) {
            status = alerts.status();
        }
        return status;
    }

    /** The progress in percent (0 to 100). */
    public int getPercent() {
        RescreenStatus s = getStatus();
        return s.total() == 0 ? 0 : (int) Math.min(100, s.done() * 100 / s.total());
    }

    public boolean isMayStart() {
        return RoleGroup.AUTHORITY_STAFF.includes(currentUser) || currentUser.hasRole(Role.LIST_ADMIN);
    }

    public void start() {
        try {
            status = alerts.startFullRescreen();
            PageMessages.info(SignalsModule.BUNDLE, "rescreen.started");
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    /** Seconds with one decimal. */
    public String seconds(Long millis) {
        return millis == null ? "" : String.format(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%.1f",
                millis / 1000.0);
    }
}
