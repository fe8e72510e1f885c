package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.kennisveiligheid.decisions.api.AssessmentView;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.control.Assessments;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;

/** The section "Decision" on a request's page: the decisions with their letters, the hearing's term, the way to the assessment. */
@Named
@ViewScoped
public class RequestDecisionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionRegister register;

    @Inject
    transient Assessments assessments;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PlatformClock clock;

    @Inject
    transient nl.kennisveiligheid.decisions.control.Objections objections;

    private final java.util.Map<Long, List<nl.kennisveiligheid.decisions.api.ObjectionView>> objectionsByDecision = new java.util.HashMap<>();

    private Long loadedFor;
    private List<DecisionView> decisions = List.of();
    private AssessmentView assessment;
    private java.time.LocalDate hearingUntil;
    private nl.kennisveiligheid.decisions.api.Penalty penalty;
    private java.time.LocalDate noticeOn;

    @Inject
    transient nl.kennisveiligheid.decisions.control.Penalties penalties;

    private void load(Long requestId) {
        if (requestId == null || requestId.equals(loadedFor)) {
            return;
        }
        loadedFor = requestId;
        try {
            decisions = register.ofRequest(requestId);
            assessment = isAuthority() ? assessments.currentView(requestId).orElse(null) : null;
            hearingUntil = assessments.hearingTerm(requestId).orElse(null);
            penalty = penalties.penalty(requestId).orElse(null);
            noticeOn = penalty == null ? null : penalties.noticeReceivedOn(requestId).orElse(null);
        } catch (Refusal refused) {
            decisions = List.of();
        }
    }

    public List<DecisionView> decisions(Long requestId) {
        load(requestId);
        return decisions;
    }

    /** The assessment's state, for authority staff only (null when none or not authority). */
    public AssessmentView assessment(Long requestId) {
        load(requestId);
        return assessment;
    }

    /** The hearing's term as the institution sees it: the day to respond by, if invited and no decision yet. */
    public java.time.LocalDate hearingUntil(Long requestId) {
        load(requestId);
        return hearingUntil;
    }

    /** The objections against a decision, oldest first (read once per page). */
    public List<nl.kennisveiligheid.decisions.api.ObjectionView> objections(long decisionId) {
        return once(objectionsByDecision, decisionId, objections::ofDecision);
    }

    /** What {@code read} answers for a decision, read once per page; nothing when the caller may not see it. */
    private static <T> List<T> once(java.util.Map<Long, List<T>> read, long decisionId, java.util.function.LongFunction<List<T>> reader) {
        return read.computeIfAbsent(decisionId, id -> {
            try {
                return reader.apply(id);
            } catch (Refusal refused) {
                return List.of();
            }
        });
    }

    @Inject
    transient nl.kennisveiligheid.decisions.control.Appeals appeals;

    private final java.util.Map<Long, List<nl.kennisveiligheid.decisions.api.AppealView>> appealsByDecision = new java.util.HashMap<>();

    /** The appeals against a decision, oldest first (read once per page). */
    public List<nl.kennisveiligheid.decisions.api.AppealView> appeals(long decisionId) {
        return once(appealsByDecision, decisionId, appeals::ofDecision);
    }

    /** The penalty for a late decision as it stands, once a notice of default came in. */
    public nl.kennisveiligheid.decisions.api.Penalty penalty(Long requestId) {
        load(requestId);
        return penalty;
    }

    private java.time.LocalDate noticeReceivedOn;

    public java.time.LocalDate getNoticeReceivedOn() { return noticeReceivedOn; }
    public void setNoticeReceivedOn(java.time.LocalDate noticeReceivedOn) { this.noticeReceivedOn = noticeReceivedOn; }

    /** Records the applicant's notice of default (authority staff; only after the due date, once). */
    public String recordNotice(long requestId) {
        try {
            penalties.recordNotice(requestId, noticeReceivedOn);
            nl.kennisveiligheid.platform.api.PageMessages.info(nl.kennisveiligheid.decisions.control.DecisionsModule.BUNDLE, "notice.recordedDone");
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/screening/request.xhtml?faces-redirect=true&id=" + requestId;
        } catch (Refusal refused) {
            nl.kennisveiligheid.platform.api.PageMessages.refused(refused);
            return null;
        }
    }

    /** Whether the authority may record a notice of default now: no decision yet, past the due date, none recorded. */
    public boolean noticeRecordable(Long requestId) {
        load(requestId);
        if (!isAuthority() || !decisions.isEmpty() || penalty != null) {
            return false;
        }
        java.time.LocalDate dueOn = requests.request(requestId).map(nl.kennisveiligheid.screening.api.RequestSummary::dueOn).orElse(null);
        return dueOn != null && clock.today().isAfter(dueOn);
    }

    @Inject
    transient nl.kennisveiligheid.screening.api.ScreeningRequests requests;

    public java.time.LocalDate getNoticeOn() {
        return noticeOn;
    }

    public boolean isAuthority() {
        return currentUser.institutionId().isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser);
    }

    public java.time.LocalDate getToday() {
        return clock.today();
    }
}
