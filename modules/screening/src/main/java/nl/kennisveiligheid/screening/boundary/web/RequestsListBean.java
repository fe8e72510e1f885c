package nl.kennisveiligheid.screening.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.control.RequestRegister;

/** The institution's own requests, drafts included: a lazy table, newest first, scoped to the institution. */
@Named
@ViewScoped
public class RequestsListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestRegister requests;

    private LazyTableModel<RequestSummary> model;
    private String status;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(requests, RequestSummary::id);
    }

    public LazyTableModel<RequestSummary> getModel() {
        return model;
    }

    /** From a link (the home page): only requests of one status. An unknown status shows all. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        RequestStatus chosen = null;
        if (status != null) {
            try {
                chosen = RequestStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                chosen = null;
            }
        }
        this.status = chosen == null ? null : chosen.name();
        model.fixedFilter("status", chosen);
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }
}
