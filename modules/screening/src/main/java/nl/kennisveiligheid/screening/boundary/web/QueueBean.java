package nl.kennisveiligheid.screening.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.RequestMemo;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.control.RequestRegister;
import nl.kennisveiligheid.screening.control.RequestRegister.QueueView;

/**
 * The authority's work queue: open requests by due date (the default), or one of the views the home page links to;
 * filtered, sorted and paged in the database. Overdue rows and rows due within 5 working days stand out.
 */
@Named
@ViewScoped
public class QueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestRegister requests;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    PlatformClock clock;

    @Inject
    RequestMemo memo;

    @Inject
    @jakarta.enterprise.inject.Any
    transient jakarta.enterprise.inject.Instance<nl.kennisveiligheid.screening.api.RequestProgress> progress;

    private LazyTableModel<RequestSummary> model;
    private QueueView view = QueueView.OPEN;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(requests, RequestSummary::id).fixedFilter("view", view);
    }

    public LazyTableModel<RequestSummary> getModel() {
        return model;
    }

    public String getView() {
        return view.name();
    }

    /** From the view parameter or the tabs: an unknown view shows the open requests. */
    public void setView(String name) {
        QueueView chosen = QueueView.OPEN;
        if (name != null) {
            try {
                chosen = QueueView.valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                chosen = QueueView.OPEN;
            }
        }
        view = chosen;
        model.fixedFilter("view", chosen);
    }

    public QueueView[] getViews() {
        return QueueView.values();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    /** How many requests a view holds, for the tabs. */
    public long count(String name) {
        return memo.get(this, "count." + name, () -> requests.count(QueueView.valueOf(name)));
    }

    /** The institutions to filter on, by name. */
    public java.util.List<InstitutionSummary> getInstitutions() {
        return memo.get(this, "institutions", () -> institutions.all().stream()
                .sorted(java.util.Comparator.comparing(InstitutionSummary::name)).toList());
    }

    public String institution(long id) {
        return memo.get(this, "institution." + id, () -> institutions.byId(id).map(InstitutionSummary::name).orElse("?"));
    }

    /** The row's style: overdue, or due within 5 working days, for open requests. */
    /** Where the request stands beyond its status (e.g. a decision waiting for its signature), for the rows on this page; {@code null} when nothing more. */
    public nl.kennisveiligheid.platform.api.Text progress(RequestSummary row) {
        java.util.Map<Long, nl.kennisveiligheid.platform.api.Text> known = memo.get(this, "progress", () -> {
            java.util.List<Long> ids = model.getWrappedData() == null ? java.util.List.of()
                    : model.getWrappedData().stream().map(RequestSummary::id).toList();
            java.util.Map<Long, nl.kennisveiligheid.platform.api.Text> all = new java.util.HashMap<>();
            if (!ids.isEmpty() && progress != null) {
                progress.forEach(p -> all.putAll(p.progressOf(ids)));
            }
            return all;
        });
        return known.get(row.id());
    }

    public String rowClass(RequestSummary row) {
        if (row.dueOn() == null || !row.status().isOpen()) {
            return "";
        }
        LocalDate today = clock.today();
        if (row.dueOn().isBefore(today)) {
            return "row--overdue";
        }
        LocalDate soon = memo.get(this, "soon", () -> requests.dueSoonLimit());
        return row.dueOn().isAfter(soon) ? "" : "row--due-soon";
    }

    /** The calendar days an open request is past its due date (0 when it is not). */
    public long daysOverdue(RequestSummary row) {
        LocalDate today = clock.today();
        return row.dueOn() == null || !row.status().isOpen() || !row.dueOn().isBefore(today) ? 0
                : java.time.temporal.ChronoUnit.DAYS.between(row.dueOn(), today);
    }

    /** The clusters of the request's unit, e.g. {@code 3, 7}. */
    public String clusters(RequestSummary row) {
        return row.clusters() == null ? "" : String.join(", ", java.util.Arrays.stream(row.clusters().split(",")).filter(c -> !c.isEmpty()).toList());
    }
}
