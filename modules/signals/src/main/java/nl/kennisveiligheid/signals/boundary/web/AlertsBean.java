package nl.kennisveiligheid.signals.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.signals.api.SignalAlert;
import nl.kennisveiligheid.signals.api.SignalAlerts;
import nl.kennisveiligheid.signals.control.Rescreening;
import nl.kennisveiligheid.signals.control.SignalDescriptions;

/** The alerts from re-screening: open ones by default, or all; optionally of one edition. */
@Named
@ViewScoped
public class AlertsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many alerts the page shows at most. */
    static final int SHOWN = 200;

    @Inject
    transient SignalAlerts alerts;

    @Inject
    transient Rescreening rescreening;

    @Inject
    transient SignalDescriptions descriptions;

    private String show = "open";
    private Long edition;
    private SignalAlerts.Page page;

    public SignalAlerts.Page getPage() {
        if (page == null) {
            try {
                page = alerts.alerts(new SignalAlerts.Filter("all".equals(show) ? null : Boolean.TRUE, edition, null), 0, SHOWN);
            } catch (Refusal refused) {
                PageMessages.refused(refused);
                page = new SignalAlerts.Page(0, 0, 0, java.util.List.of());
            }
        }
        return page;
    }

    /** The page of the alert's request. */
    public String link(SignalAlert alert) {
        return rescreening.pageOf(alert.subject());
    }

    public String listName(String source) {
        return descriptions.sourceName(source);
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = "all".equals(show) ? "all" : "open";
    }

    public Long getEdition() {
        return edition;
    }

    public void setEdition(Long edition) {
        this.edition = edition;
    }
}
