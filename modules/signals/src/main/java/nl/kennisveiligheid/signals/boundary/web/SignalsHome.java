package nl.kennisveiligheid.signals.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.HomeContribution;
import nl.kennisveiligheid.platform.api.HomeItem;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.signals.api.SignalAlerts;
import nl.kennisveiligheid.signals.control.SignalsModule;

/** On the authority's home page: the open alerts from re-screening. */
@ApplicationScoped
public class SignalsHome implements HomeContribution {

    @Inject
    CurrentUser currentUser;

    @Inject
    SignalAlerts alerts;

    @Override
    public List<HomeItem> homeItems() {
        if (currentUser.institutionId().isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser)) {
            return List.of(new HomeItem(SignalsModule.BUNDLE, "home.alerts", alerts.openCount(), "/signals/alerts/list.xhtml", 305, true));
        }
        return List.of();
    }
}
