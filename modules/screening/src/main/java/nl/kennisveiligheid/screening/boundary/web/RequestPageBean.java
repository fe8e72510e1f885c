package nl.kennisveiligheid.screening.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.RequestView;
import nl.kennisveiligheid.screening.api.SupplementView;
import nl.kennisveiligheid.screening.api.Timeline;
import nl.kennisveiligheid.screening.api.TimelineEntry;
import nl.kennisveiligheid.screening.control.Intake;
import nl.kennisveiligheid.screening.control.RequestEditing;
import nl.kennisveiligheid.screening.control.RequestRegister;
import nl.kennisveiligheid.screening.control.ScreeningModule;

/**
 * One request, for its institution and for the authority: the person, the access and the background; the supplement
 * requests and their answers; the timeline and the due date with its calculation; and the steps each side may take
 * (the institution: edit, submit, answer, withdraw; the authority: take or assign, ask for a supplement, record a
 * suspension, extend). Opening it reads the person's data once per view (audited).
 */
@Named
@ViewScoped
public class RequestPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestRegister register;

    @Inject
    nl.kennisveiligheid.platform.api.ActorNames actors;

    @Inject
    RequestEditing editing;

    @Inject
    Intake intake;

    @Inject
    CurrentUser currentUser;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    PlatformClock clock;

    @Inject
    nl.kennisveiligheid.screening.control.Attachments attachmentStore;

    @Inject
    jakarta.enterprise.inject.Instance<nl.kennisveiligheid.screening.api.RequestSection> sections;

    private List<nl.kennisveiligheid.screening.api.AttachmentView> attachments;

    private Long id;
    private RequestView request;
    private Timeline timeline;
    private boolean loaded;

    private String answer;
    private String withdrawReason;
    private String assignee;
    private String questions;
    private LocalDate answerBy;
    private String extensionReason;
    private Suspension.Reason suspensionReason = Suspension.Reason.CONSENT;
    private LocalDate suspendedFrom;
    private LocalDate suspendedUntil;
    private String suspensionNote;

    public void load() {
        if (loaded || id == null) {
            return;
        }
        loaded = true;
        refresh();
    }

    private void refresh() {
        request = register.details(id).orElse(null);
        timeline = request == null ? null : register.timeline(id).orElse(null);
        attachments = request == null ? List.of() : attachmentStore.of(id);
    }

    // ---- the institution's steps

    public String submit() {
        return step(() -> editing.submit(id, summary().version()), "request.submitted", java.util.Map.of());
    }

    public String withdraw() {
        String done = step(() -> editing.withdraw(id, summary().version(), withdrawReason), "request.withdrawn", java.util.Map.of("reason", "withdrawReason"));
        withdrawReason = done == null ? withdrawReason : null;
        return done;
    }

    public String answer(int number) {
        String done = step(() -> editing.answerSupplement(id, number, summary().version(), answer), "request.answered", java.util.Map.of());
        answer = done == null ? answer : null;
        return done;
    }

    // ---- the authority's steps

    public String take() {
        return step(() -> intake.assign(id, summary().version(), null), "request.assigned", java.util.Map.of());
    }

    public String assign() {
        return step(() -> intake.assign(id, summary().version(), assignee), "request.assigned", java.util.Map.of());
    }

    public String askSupplement() {
        return step(() -> intake.askSupplement(id, summary().version(), questions, answerBy), "request.supplementAsked", java.util.Map.of());
    }

    public String extend() {
        return step(() -> intake.extend(id, summary().version(), extensionReason), "request.extended", java.util.Map.of("reason", "extensionReason"));
    }

    public String suspend() {
        return step(() -> intake.suspend(id, summary().version(), suspensionReason, suspendedFrom, suspendedUntil, suspensionNote),
                "request.suspended", java.util.Map.of("reason", "suspensionReason", "from", "suspendedFrom", "until", "suspendedUntil",
                        "note", "suspensionNote"));
    }

    /**
     * Runs a step; on success back to this page (a fresh view), with the message; on a refusal the messages at the fields
     * (the service's field names, some named otherwise on this page: {@code inputs}).
     */
    private String step(Supplier<RequestSummary> action, String doneKey, java.util.Map<String, String> inputs) {
        try {
            RequestSummary done = action.get();
            PageMessages.info(ScreeningModule.BUNDLE, doneKey, done.reference() == null ? "" : done.reference(), longDate(done.dueOn()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/screening/request.xhtml?faces-redirect=true&id=" + id;
        } catch (Refusal refused) {
            PageMessages.refused(refused, field -> "page:" + inputs.getOrDefault(field, field));
            refresh();
            return null;
        }
    }

    /** A date as the reader writes it in full ("7 december 2026"). */
    static String longDate(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    // ---- what the page shows

    public RequestSummary summary() {
        return request.summary();
    }

    public boolean isInstitution() {
        return currentUser.institutionId().isPresent() && RoleGroup.INSTITUTION_STAFF.includes(currentUser);
    }

    public boolean isAuthority() {
        return currentUser.institutionId().isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser);
    }

    public boolean isOpen() {
        return request != null && request.summary().status().isOpen();
    }

    public boolean isEditable() {
        return request != null && (request.summary().status() == RequestStatus.DRAFT || request.summary().status() == RequestStatus.AWAITING_SUPPLEMENT);
    }

    public boolean isWithdrawable() {
        return request != null && (request.summary().status() == RequestStatus.DRAFT || isOpen());
    }

    public boolean isOverdue() {
        return isOpen() && request.summary().dueOn() != null && request.summary().dueOn().isBefore(clock.today());
    }

    /**
     * What a timeline step says, in the reader's language: the step and its detail (a reference, a supplement's number,
     * an assessor); a due date is in its own column, so not repeated.
     */
    public String timelineText(TimelineEntry entry) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String what = PageMessages.text(ScreeningModule.BUNDLE, "timeline." + entry.kind().name(), locale);
        boolean dateDetail = entry.detail() != null && entry.detail().matches("\\d{4}-\\d{2}-\\d{2}.*");
        if (entry.detail() == null || dateDetail) {
            return what;
        }
        // an assignment names the assignee: as people read them, never the login
        String detail = entry.kind() == TimelineEntry.TimelineKind.ASSIGNED ? nl.kennisveiligheid.platform.api.PageMessages.text(actors.describe(entry.detail()), locale) : entry.detail();
        return what + " (" + detail + ")";
    }

    public List<SupplementView> getOpenSupplements() {
        return request == null ? List.of() : request.supplements().stream().filter(SupplementView::open).toList();
    }

    public String getInstitutionName() {
        return request == null ? null : institutions.byId(request.summary().institutionId()).map(InstitutionSummary::name).orElse("?");
    }

    /** A country code as its name in the reader's language. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return new Locale("", code).getDisplayCountry(locale) + " (" + code + ")";
    }

    public String countries(List<String> codes) {
        return String.join(", ", codes.stream().map(this::country).toList());
    }

    public Suspension.Reason[] getSuspensionReasons() {
        return new Suspension.Reason[] {Suspension.Reason.CONSENT, Suspension.Reason.APPLICANT_DELAY};
    }

    public List<nl.kennisveiligheid.screening.api.AttachmentView> getAttachments() {
        return attachments;
    }

    public RequestView getRequest() {
        return request;
    }

    public Timeline getTimeline() {
        return timeline;
    }

    public boolean isNotFound() {
        return id != null && request == null;
    }

    // ---- properties

    /** The fragments of later modules' sections (decisions), in their order. */
    public List<String> getSectionFragments() {
        return sections.stream().sorted(java.util.Comparator.comparingInt(nl.kennisveiligheid.screening.api.RequestSection::order))
                .map(nl.kennisveiligheid.screening.api.RequestSection::fragment).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public LocalDate getAnswerBy() {
        return answerBy;
    }

    public void setAnswerBy(LocalDate answerBy) {
        this.answerBy = answerBy;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public Suspension.Reason getSuspensionReason() {
        return suspensionReason;
    }

    public void setSuspensionReason(Suspension.Reason suspensionReason) {
        this.suspensionReason = suspensionReason;
    }

    public LocalDate getSuspendedFrom() {
        return suspendedFrom;
    }

    public void setSuspendedFrom(LocalDate suspendedFrom) {
        this.suspendedFrom = suspendedFrom;
    }

    public LocalDate getSuspendedUntil() {
        return suspendedUntil;
    }

    public void setSuspendedUntil(LocalDate suspendedUntil) {
        this.suspendedUntil = suspendedUntil;
    }

    public String getSuspensionNote() {
        return suspensionNote;
    }

    public void setSuspensionNote(String suspensionNote) {
        this.suspensionNote = suspensionNote;
    }
}
