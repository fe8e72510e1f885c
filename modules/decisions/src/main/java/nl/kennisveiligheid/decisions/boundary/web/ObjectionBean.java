package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.api.ObjectionFileItem;
import nl.kennisveiligheid.decisions.api.ObjectionView;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.decisions.control.Objections;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;

/**
 * The objection page ({@code /decisions/objections/objection.xhtml}): with {@code decision} the form to file one (the
 * institution) or record one that came in (authority staff); with {@code id} where it stands, the file for inspection
 * (Awb 7:4), the letter of the decision on it, and for authority staff its handling: excuse, committee, extension,
 * hearing, decision.
 */
@Named
@ViewScoped
public class ObjectionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("grounds", "grounds", "filedBy", "filedBy", "receivedOn", "receivedOn",
            "postedOn", "postedOn", "heardOn", "heardOn", "reason", "excuse", "outcome", "outcome", "reasons", "reasons");

    @Inject
    transient Objections objections;

    @Inject
    transient DecisionRegister register;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private Long decisionId;
    private boolean loaded;
    private ObjectionView objection;
    private DecisionView decision;
    private List<ObjectionFileItem> file = List.of();
    private LocalDate termEndsOn;

    private String grounds;
    private String filedBy = "INSTITUTION";
    private LocalDate receivedOn;
    private LocalDate postedOn;
    private LocalDate heardOn;
    private String excuse;
    private String outcome;
    private String reasons;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (id != null) {
                objection = objections.objection(id).orElse(null);
                if (objection != null) {
                    decisionId = objection.decisionId();
                    file = objections.file(id);
                }
            }
            if (decisionId != null && (id == null || objection != null)) {
                decision = register.decision(decisionId).orElse(null);
                termEndsOn = decision == null ? null : objections.termEndsOn(decisionId).orElse(null);
            }
        } catch (Refusal refused) {
            objection = null;
            decision = null;
        }
    }

    public String file() {
        try {
            ObjectionView filed = objections.file(decisionId, filedBy, grounds, receivedOn, postedOn);
            PageMessages.info(DecisionsModule.BUNDLE, "objection.filedDone");
            return again(filed.id());
        } catch (Refusal refused) {
            PageMessages.refused(refused, this::clientId);
            return null;
        }
    }

    public String heard() {
        return step(() -> objections.heard(id, objection.version(), heardOn), "objection.heardDone");
    }

    public String committee() {
        return step(() -> objections.committee(id, objection.version()), "objection.committeeDone");
    }

    public String extend() {
        return step(() -> objections.extend(id, objection.version()), "objection.extendedDone");
    }

    public String excuse() {
        return step(() -> objections.excuse(id, objection.version(), excuse), "objection.excusedDone");
    }

    public String decide() {
        return step(() -> objections.decide(id, objection.version(), outcome, reasons), "objection.decidedDone");
    }

    private String step(Supplier<ObjectionView> action, String doneKey) {
        try {
            action.get();
            PageMessages.info(DecisionsModule.BUNDLE, doneKey);
            return again(id);
        } catch (Refusal refused) {
            PageMessages.refused(refused, this::clientId);
            return null;
        }
    }

    private String again(long objectionId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/decisions/objections/objection.xhtml?faces-redirect=true&id=" + objectionId;
    }

    private String clientId(String field) {
        String input = INPUTS.get(field);
        return input == null ? null : "objection:" + input;
    }

    public boolean isAuthority() {
        return currentUser.institutionId().isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser);
    }

    /** Whether the objection came in late and is not excused (yet). */
    public boolean isExcusable() {
        return objection != null && objection.open() && !objection.inTime() && objection.excuse() == null;
    }

    public String[] getFiledByChoices() { return new String[] {"INSTITUTION", "PERSON"}; }
    public String[] getOutcomes() { return new String[] {"FOUNDED", "UNFOUNDED", "INADMISSIBLE"}; }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getDecisionId() { return decisionId; }
    public void setDecisionId(Long decisionId) { this.decisionId = decisionId; }
    public ObjectionView getObjection() { return objection; }
    public DecisionView getDecision() { return decision; }
    public List<ObjectionFileItem> getFileItems() { return file; }
    public LocalDate getTermEndsOn() { return termEndsOn; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public String getFiledBy() { return filedBy; }
    public void setFiledBy(String filedBy) { this.filedBy = filedBy; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public LocalDate getPostedOn() { return postedOn; }
    public void setPostedOn(LocalDate postedOn) { this.postedOn = postedOn; }
    public LocalDate getHeardOn() { return heardOn; }
    public void setHeardOn(LocalDate heardOn) { this.heardOn = heardOn; }
    public String getExcuse() { return excuse; }
    public void setExcuse(String excuse) { this.excuse = excuse; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
}
