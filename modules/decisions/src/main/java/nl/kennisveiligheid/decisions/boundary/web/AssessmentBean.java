package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.kennisveiligheid.decisions.api.AssessmentData;
import nl.kennisveiligheid.decisions.api.AssessmentState;
import nl.kennisveiligheid.decisions.api.AssessmentView;
import nl.kennisveiligheid.decisions.api.ConditionTemplateView;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.api.Finding;
import nl.kennisveiligheid.decisions.api.FindingData;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.decisions.control.Assessments;
import nl.kennisveiligheid.decisions.control.ConditionCatalogue;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.decisions.control.Signing;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.ScreeningRequests;
import nl.kennisveiligheid.signals.api.IndicatorGroup;
import nl.kennisveiligheid.signals.api.SignalView;
import nl.kennisveiligheid.signals.api.SignalsReport;
import nl.kennisveiligheid.signals.api.SignalsReports;

/**
 * The assessment workspace of one request ({@code /decisions/assessment/edit.xhtml?request=7}): findings per indicator
 * group beside the request's signals, the confidential annex, the hearing, the outcome and reasons, preparing, and
 * signing by another decider.
 */
@Named
@ViewScoped
public class AssessmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page's inputs for the service's field names. */
    private static final Map<String, String> INPUTS = Map.of("proposedOutcome", "proposedOutcome", "reasons", "reasons", "legalBasis", "legalBasis",
            "conditionCodes", "conditionCodes", "conditionsText", "conditionsText", "effectiveFrom", "effectiveFrom", "expiresOn", "expiresOn",
            "confidentialAnnex", "confidentialAnnex", "respondBy", "respondBy", "view", "hearingView");

    /** One indicator group's row: the finding and the note. */
    public static class FindingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final IndicatorGroup group;
        private Finding finding;
        private String note;

        FindingRow(IndicatorGroup group) {
            this.group = group;
        }

        public IndicatorGroup getGroup() { return group; }
        public Finding getFinding() { return finding; }
        public void setFinding(Finding finding) { this.finding = finding; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @Inject
    transient Assessments assessments;

    @Inject
    transient Signing signing;

    @Inject
    transient DecisionRegister register;

    @Inject
    transient ConditionCatalogue catalogue;

    @Inject
    transient ScreeningRequests requests;

    @Inject
    transient SignalsReports signals;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PlatformClock clock;

    private Long requestId;
    private RequestSummary request;
    private AssessmentView assessment;
    private SignalsReport report;
    private List<SignalsReport> afterDecision = List.of();
    private List<DecisionView> decisions = List.of();
    private boolean loaded;

    private final List<FindingRow> rows = new ArrayList<>();
    private Outcome proposedOutcome;
    private List<String> conditionCodes = new ArrayList<>();
    private String conditionsText;
    private String reasons;
    private String legalBasis;
    private LocalDate effectiveFrom;
    private LocalDate expiresOn;
    private String confidentialAnnex;
    private LocalDate respondBy;
    private String hearingView;
    private LocalDate viewReceivedOn;

    /** Loads the request's assessment (starting the first for an open request). */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (requestId == null) {
            return;
        }
        try {
            request = requests.request(requestId).orElse(null);
            if (request == null) {
                return;
            }
            assessment = assessments.open(requestId).orElse(null);
            report = signals.report(ScreeningRequests.SIGNALS_OWNER, requestId).orElse(null);
            decisions = register.ofRequest(requestId);
            // what the re-screens found after a decision (an alert may lead to a revocation), beside the request's own
            afterDecision = decisions.stream().map(d -> signals.report(nl.kennisveiligheid.decisions.control.DecidedPeople.OWNER, d.id()))
                    .flatMap(java.util.Optional::stream).toList();
        } catch (Refusal refused) {
            PageMessages.refused(refused);
            return;
        }
        if (assessment != null) {
            fill(assessment);
        }
    }

    private void fill(AssessmentView view) {
        rows.clear();
        for (IndicatorGroup group : IndicatorGroup.values()) {
            FindingRow row = new FindingRow(group);
            view.findings().stream().filter(f -> f.group() == group).findFirst().ifPresent(f -> {
                row.setFinding(f.finding());
                row.setNote(f.note());
            });
            rows.add(row);
        }
        proposedOutcome = view.proposedOutcome();
        conditionCodes = new ArrayList<>(view.conditionCodes());
        conditionsText = view.conditionsText();
        reasons = view.reasons();
        legalBasis = view.legalBasis();
        effectiveFrom = view.effectiveFrom();
        expiresOn = view.expiresOn();
        confidentialAnnex = view.confidentialAnnex();
    }

    private AssessmentData data() {
        return new AssessmentData(rows.stream().filter(r -> r.getFinding() != null || (r.getNote() != null && !r.getNote().isBlank()))
                .map(r -> new FindingData(r.getGroup(), r.getFinding(), r.getNote())).toList(), proposedOutcome, conditionCodes, conditionsText,
                reasons, legalBasis, effectiveFrom, expiresOn, confidentialAnnex);
    }

    // ---- steps

    public String save() {
        return step(() -> assessments.change(requestId, assessment.version(), data()), "assessment.saved");
    }

    /** Saves what is on the screen and prepares it for signing. */
    public String prepare() {
        return step(() -> {
            AssessmentView saved = assessments.change(requestId, assessment.version(), data());
            return assessments.prepare(requestId, saved.version());
        }, "assessment.preparedDone");
    }

    public String reopen() {
        return step(() -> assessments.reopen(requestId, assessment.version()), "assessment.reopened");
    }

    /** Invites to the hearing, keeping what is on the screen (saved first while in progress). */
    public String invite() {
        return step(() -> assessments.inviteToHearing(requestId, savedVersion(), respondBy), "assessment.invited");
    }

    /** Records the view given, keeping what is on the screen (saved first while in progress). */
    public String recordView() {
        return step(() -> assessments.recordView(requestId, savedVersion(), hearingView, viewReceivedOn), "assessment.viewRecorded");
    }

    /** The version after saving the screen's work while in progress; the version read otherwise. */
    private long savedVersion() {
        return isEditable() ? assessments.change(requestId, assessment.version(), data()).version() : assessment.version();
    }

    public String sign() {
        try {
            DecisionView decision = signing.sign(requestId, assessment.version());
            PageMessages.info(DecisionsModule.BUNDLE, "assessment.signedDone", decision.reference());
            return again();
        } catch (Refusal refused) {
            PageMessages.refused(refused, this::clientId);
            refresh();
            return null;
        }
    }

    public String correct() {
        return step(() -> assessments.startCorrection(requestId), "assessment.correctionStarted");
    }

    private String step(Supplier<AssessmentView> action, String doneKey) {
        try {
            action.get();
            PageMessages.info(DecisionsModule.BUNDLE, doneKey);
            return again();
        } catch (Refusal refused) {
            PageMessages.refused(refused, this::clientId);
            refresh();
            return null;
        }
    }

    /** After a refusal: the assessment as stored now (a save before the refused step moved its version); the inputs stay. */
    private void refresh() {
        try {
            assessments.open(requestId).ifPresent(current -> assessment = current);
        } catch (Refusal ignored) {
            // the page keeps what it had; the next step says what is wrong
        }
    }

    private String again() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/decisions/assessment/edit.xhtml?faces-redirect=true&request=" + requestId;
    }

    private String clientId(String field) {
        String input = INPUTS.get(field);
        return input == null ? null : "assessment:" + input;
    }

    // ---- what the page shows

    /** The group's signals: the request's report, then what re-screens found after its decisions. */
    public List<SignalView> signalsOf(IndicatorGroup group) {
        List<SignalView> all = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(report), afterDecision.stream())
                .forEach(r -> r.groups().stream().filter(g -> g.group() == group).findFirst().ifPresent(g -> all.addAll(g.signals())));
        return all;
    }

    public boolean isEditable() {
        return assessment != null && assessment.state() == AssessmentState.IN_PROGRESS;
    }

    /** Whether the caller may sign: a decider who did not prepare it, on a prepared assessment. */
    public boolean isSignable() {
        return assessment != null && assessment.state() == AssessmentState.PREPARED && currentUser.hasRole(Role.AUTHORITY_DECIDER)
                && !isPreparer();
    }

    /** Whether the caller is the person who prepared it (on screen or with a personal token), and so may not sign it. */
    public boolean isPreparer() {
        return assessment != null && assessment.preparedBy() != null && currentUser.person().filter(assessment.preparedBy()::equals).isPresent();
    }

    public boolean isHearingOver() {
        return assessment != null && assessment.hearing() != null && assessment.hearing().over(clock.today());
    }

    public List<Outcome> getOutcomes() {
        return Arrays.asList(Outcome.values());
    }

    public List<Finding> getFindings() {
        return Arrays.asList(Finding.values());
    }

    public List<ConditionTemplateView> getConditionCatalogue() {
        return catalogue.active();
    }

    /** A catalogue condition's text in the page's language. */
    public String conditionText(ConditionTemplateView condition) {
        return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) ? condition.textEn() : condition.textNl();
    }

    /** The conditions the decision will carry, in the page's language: the chosen ones from the catalogue, then the free text. */
    public List<String> getConditionsToSign() {
        if (assessment == null) {
            return List.of();
        }
        return catalogue.texts(assessment.conditionCodes(), assessment.conditionsText(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The reasons as paragraphs, for reading what is signed. */
    public List<String> getReasonParagraphs() {
        return assessment == null || assessment.reasons() == null ? List.of()
                : java.util.Arrays.stream(assessment.reasons().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** What the decider confirms before signing: the decision, the person, the unit and what follows. */
    public String getSignConfirmation() {
        if (assessment == null || assessment.proposedOutcome() == null || request == null) {
            return "";
        }
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String outcome = PageMessages.text(DecisionsModule.BUNDLE, "outcome." + assessment.proposedOutcome().name(), locale);
        return PageMessages.text(DecisionsModule.BUNDLE, "assessment.sign.confirm", locale, outcome, assessment.personReference(), request.unitName(),
                request.reference());
    }

    public Optional<DecisionView> latestDecision() {
        return decisions.stream().findFirst();
    }

    public Long getRequestId() { return requestId; }
    public void setRequestId(Long requestId) { this.requestId = requestId; }
    public RequestSummary getRequest() { return request; }
    public AssessmentView getAssessment() { return assessment; }
    public SignalsReport getReport() { return report; }
    public List<DecisionView> getDecisions() { return decisions; }
    public List<FindingRow> getRows() { return rows; }
    public Outcome getProposedOutcome() { return proposedOutcome; }
    public void setProposedOutcome(Outcome proposedOutcome) { this.proposedOutcome = proposedOutcome; }
    public List<String> getConditionCodes() { return conditionCodes; }
    public void setConditionCodes(List<String> conditionCodes) { this.conditionCodes = conditionCodes == null ? new ArrayList<>() : new ArrayList<>(conditionCodes); }
    public String getConditionsText() { return conditionsText; }
    public void setConditionsText(String conditionsText) { this.conditionsText = conditionsText; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getConfidentialAnnex() { return confidentialAnnex; }
    public void setConfidentialAnnex(String confidentialAnnex) { this.confidentialAnnex = confidentialAnnex; }
    public LocalDate getRespondBy() { return respondBy; }
    public void setRespondBy(LocalDate respondBy) { this.respondBy = respondBy; }
    public String getHearingView() { return hearingView; }
    public void setHearingView(String hearingView) { this.hearingView = hearingView; }
    public LocalDate getViewReceivedOn() { return viewReceivedOn; }
    public void setViewReceivedOn(LocalDate viewReceivedOn) { this.viewReceivedOn = viewReceivedOn; }
}
