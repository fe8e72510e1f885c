package nl.kennisveiligheid.screening.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.screening.control.RequestSignals;
import nl.kennisveiligheid.screening.control.ScreeningModule;
import nl.kennisveiligheid.signals.api.Judgement;
import nl.kennisveiligheid.signals.api.SignalView;
import nl.kennisveiligheid.signals.api.SignalsReport;
import nl.kennisveiligheid.signals.api.SignalsReports;

/**
 * The risk signals on a request's page, for authority staff: the report by indicator group with the evidence of every
 * signal; confirming or dismissing a hit with a reason; running the report again, optionally looking back 10 years.
 */
@Named
@ViewScoped
public class RequestSignalsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestSignals signals;

    @Inject
    transient CurrentUser currentUser;


    private Long id;
    private SignalsReport report;
    private boolean loaded;
    private boolean longLookback;
    private final Map<Long, String> reasons = new HashMap<>();

    /** The report of request {@code requestId} (read once per view; the read is audited). */
    public SignalsReport report(Long requestId) {
        if (!loaded && requestId != null && RoleGroup.AUTHORITY_STAFF.includes(currentUser)) {
            id = requestId;
            loaded = true;
            try {
                report = signals.report(requestId).orElse(null);
                longLookback = report != null && report.lookbackYears() > SignalsReports.LOOKBACK_YEARS;
            } catch (Refusal refused) {
                PageMessages.refused(refused);
            }
        }
        return report;
    }

    public void judge(long signalId, String verdict) {
        try {
            SignalView judged = signals.judge(id, signalId, new Judgement(Judgement.Verdict.valueOf(verdict), reasons.get(signalId)), null);
            reasons.remove(signalId);
            report = signals.report(id).orElse(null);
            problems.remove(signalId);
            PageMessages.info(ScreeningModule.BUNDLE, "signals.judged." + judged.state());
        } catch (Refusal refused) {
            // said at the signal's reason, beside the buttons pressed, not at the top of the page
            java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
            List<String> said = new java.util.ArrayList<>(List.of(PageMessages.text(refused.bundle(), refused.messageKey(), locale, refused.arguments())));
            refused.fields().forEach(f -> said.add(PageMessages.text(refused.bundle(), f.messageKey(), locale, f.arguments().toArray())));
            problems.put(signalId, String.join(" ", said));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private final Map<Long, String> problems = new java.util.HashMap<>();

    /** What stands in the way of judging a signal, by signal, shown at its reason. */
    public Map<Long, String> getProblems() {
        return problems;
    }

    public void rerun() {
        try {
            report = signals.rerun(id, longLookback ? SignalsReports.LONG_LOOKBACK_YEARS : SignalsReports.LOOKBACK_YEARS);
            PageMessages.info(ScreeningModule.BUNDLE, "signals.rerun.done");
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public boolean isLongLookback() {
        return longLookback;
    }

    public void setLongLookback(boolean longLookback) {
        this.longLookback = longLookback;
    }
}
