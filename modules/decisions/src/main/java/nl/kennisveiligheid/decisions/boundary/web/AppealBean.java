package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.kennisveiligheid.decisions.api.AppealView;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.control.Appeals;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;

/**
 * The appeals against a decision ({@code /decisions/appeals/appeal.xhtml?decision=}), for authority staff: recording
 * an appeal to the court, its provisional relief (Awb 8:81, which suspends the decision and so the access check) and
 * the court's outcome.
 */
@Named
@ViewScoped
public class AppealBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Appeals appeals;

    @Inject
    transient DecisionRegister register;

    private Long decisionId;
    private boolean loaded;
    private DecisionView decision;
    private List<AppealView> list = List.of();

    private String court;
    private String caseNumber;
    private LocalDate filedOn;
    private final Map<Long, LocalDate> reliefFrom = new HashMap<>();
    private final Map<Long, LocalDate> reliefUntil = new HashMap<>();
    private final Map<Long, String> outcome = new HashMap<>();
    private final Map<Long, LocalDate> decidedOn = new HashMap<>();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            register.requireAuthorityStaff();
            decision = decisionId == null ? null : register.decision(decisionId).orElse(null);
            list = decision == null ? List.of() : appeals.ofDecision(decisionId);
        } catch (Refusal refused) {
            decision = null;
        }
    }

    public String record() {
        return step(() -> appeals.record(decisionId, court, caseNumber, filedOn), "appeal.recordedDone", "appeal");
    }

    public String relief(long id, long version) {
        return step(() -> appeals.relief(id, version, reliefFrom.get(id), reliefUntil.get(id)), "appeal.reliefDone", "appeal-" + id);
    }

    public String decide(long id, long version) {
        return step(() -> appeals.decide(id, version, outcome.get(id), decidedOn.get(id)), "appeal.decidedDone", "appeal-" + id);
    }

    private String step(Supplier<AppealView> action, String doneKey, String inputs) {
        try {
            action.get();
            PageMessages.info(DecisionsModule.BUNDLE, doneKey);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/decisions/appeals/appeal.xhtml?faces-redirect=true&decision=" + decisionId;
        } catch (Refusal refused) {
            PageMessages.refused(refused);
            return null;
        }
    }

    public String[] getOutcomes() { return new String[] {"UPHELD", "ANNULLED", "WITHDRAWN"}; }

    public Long getDecisionId() { return decisionId; }
    public void setDecisionId(Long decisionId) { this.decisionId = decisionId; }
    public DecisionView getDecision() { return decision; }
    public List<AppealView> getAppeals() { return list; }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public LocalDate getFiledOn() { return filedOn; }
    public void setFiledOn(LocalDate filedOn) { this.filedOn = filedOn; }
    public Map<Long, LocalDate> getReliefFrom() { return reliefFrom; }
    public Map<Long, LocalDate> getReliefUntil() { return reliefUntil; }
    public Map<Long, String> getOutcome() { return outcome; }
    public Map<Long, LocalDate> getDecidedOn() { return decidedOn; }
}
