package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.TimelineEntry.TimelineKind;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;

/**
 * The authority's side of a request before its decision: assignment, supplement requests (Awb 4:5), suspensions with
 * consent or for the applicant's delay (Awb 4:15 lid 2) and the one extension (Awb 4:14). After each the due date is
 * computed again and the timeline says how it moved.
 */
@ApplicationScoped
public class Intake {

    /** The longest supplement term the authority may set. */
    static final int MAX_SUPPLEMENT_WEEKS = 12;

    @PersistenceContext(unitName = "screening")
    EntityManager em;

    @Inject
    RequestRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    DueDates dueDates;

    @Inject
    RequestHistory history;

    @Inject
    ScreeningSettings settings;

    @Inject
    RequestNotices notices;

    /** Assigns an open request to an assessor (a login name), or to the caller when {@code assignee} is blank. */
    @Transactional
    public RequestSummary assign(long id, long expectedVersion, String assignee) {
        ScreeningRequest request = asRead(id, expectedVersion);
        String to = TextRules.blankToNull(assignee);
        if (to == null) {
            to = currentUser.name();
        }
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.invalid", TextRules.fieldProblem("assignee", to, 100, false).stream().toList());
        String before = request.getAssignee();
        request.assign(to);
        em.flush();
        history.record(request, TimelineKind.ASSIGNED, to, before == null ? Map.of() : Map.of("assignee", before), Map.of("assignee", to));
        return request.summary(false);
    }

    /**
     * Asks the institution for a supplement today, to be answered by {@code answerBy} (default: the supplement term
     * from the settings); the decision period stands still from tomorrow until the answer or that day.
     */
    @Transactional
    public RequestSummary askSupplement(long id, long expectedVersion, String questions, LocalDate answerBy) {
        ScreeningRequest request = asRead(id, expectedVersion);
        LocalDate today = clock.today();
        LocalDate by = answerBy == null ? today.plusWeeks(settings.supplementWeeks()) : answerBy;
        List<FieldProblem> problems = new ArrayList<>();
        String clean = TextRules.blankToNull(questions);
        RequestValidation.requiredText(problems, "questions", clean, 4000);
        if (!by.isAfter(today) || by.isAfter(today.plusWeeks(MAX_SUPPLEMENT_WEEKS))) {
            problems.add(new FieldProblem("answerBy", "validation.answerBy.range", today.plusDays(1), today.plusWeeks(MAX_SUPPLEMENT_WEEKS)));
        }
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.invalid", problems);
        LocalDate dueBefore = request.getDueOn();
        var supplement = request.askSupplement(today, currentUser.name(), clean, by);
        LocalDate due = dueDates.recompute(request, today);
        em.flush();
        history.record(request, TimelineKind.SUPPLEMENT_ASKED, String.valueOf(supplement.getNumber()), Map.of("dueOn", String.valueOf(dueBefore)),
                Map.of("supplement", supplement.getNumber(), "answerBy", by.toString(), "dueOn", String.valueOf(due)));
        notices.supplementAsked(request, supplement.getNumber(), by);
        return request.summary(false);
    }

    /** Extends the decision period once, before it ends, with the reason the institution is told. */
    @Transactional
    public RequestSummary extend(long id, long expectedVersion, String reason) {
        ScreeningRequest request = asRead(id, expectedVersion);
        String clean = TextRules.blankToNull(reason);
        List<FieldProblem> problems = new ArrayList<>();
        RequestValidation.requiredText(problems, "reason", clean, 2000);
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.invalid", problems);
        LocalDate today = clock.today();
        LocalDate dueBefore = request.getDueOn();
        request.extend(today, settings.extensionWeeks(), clean);
        LocalDate due = dueDates.recompute(request, today);
        em.flush();
        history.record(request, TimelineKind.EXTENDED, due.toString(), Map.of("dueOn", String.valueOf(dueBefore)),
                Map.of("dueOn", due.toString(), "weeks", settings.extensionWeeks()));
        notices.extended(request, clean);
        return request.summary(false);
    }

    /** Records a suspension with the applicant's consent ({@code CONSENT}) or for their delay ({@code APPLICANT_DELAY}). */
    @Transactional
    public RequestSummary suspend(long id, long expectedVersion, Suspension.Reason reason, LocalDate from, LocalDate until, String note) {
        ScreeningRequest request = asRead(id, expectedVersion);
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason == Suspension.Reason.SUPPLEMENT) {
            problems.add(new FieldProblem("reason", "validation.suspension.reason"));
        }
        if (from == null) {
            problems.add(new FieldProblem("from", "validation.required"));
        }
        if (until == null) {
            problems.add(new FieldProblem("until", "validation.required"));
        }
        if (from != null && until != null && (until.isBefore(from) || until.isAfter(from.plusYears(1)))) {
            problems.add(new FieldProblem("until", "validation.suspension.until", from));
        }
        if (from != null && request.getSubmittedOn() != null && !from.isAfter(request.getSubmittedOn())) {
            problems.add(new FieldProblem("from", "validation.suspension.from", request.getSubmittedOn()));
        }
        String clean = TextRules.blankToNull(note);
        RequestValidation.requiredText(problems, "note", clean, 2000);
        Refusal.refuseIfAny(ScreeningModule.BUNDLE, "error.invalid", problems);
        LocalDate dueBefore = request.getDueOn();
        request.suspend(reason, from, until, clean, currentUser.name());
        LocalDate due = dueDates.recompute(request, clock.today());
        em.flush();
        history.record(request, TimelineKind.SUSPENDED, from + "/" + until, Map.of("dueOn", String.valueOf(dueBefore)),
                Map.of("reason", reason.name(), "from", from.toString(), "until", until.toString(), "dueOn", String.valueOf(due)));
        return request.summary(false);
    }

    private ScreeningRequest asRead(long id, long expectedVersion) {
        register.requireAuthorityStaff();
        ScreeningRequest request = register.require(id);
        ConcurrentChangeException.requireVersion(request, expectedVersion, "ScreeningRequest", id);
        return request;
    }
}
