package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.platform.api.calendar.NamedTerm;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermRequest;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.api.calendar.TermStep;
import nl.kennisveiligheid.platform.control.calendar.TermExplanation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The term calculator: the last day of a term under the Awb and the Algemene termijnenwet, with the reasons. */
@Path("terms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"INSTITUTION_OFFICER", "INSTITUTION_ADMIN", "AUTHORITY_ASSESSOR", "AUTHORITY_DECIDER", "LIST_ADMIN", "SYSTEM_ADMIN", "AUDITOR"})
@Tag(name = "Legal calendar", description = "Holidays under the Algemene termijnenwet")
public class TermsResource {

    static final int MAX_DAYS = 3650;
    static final int MAX_WEEKS = 520;
    static final int MAX_MONTHS = 120;

    /** One step of the calculation: what happened, the end before and after, the days it is about, in words. */
    public record Step(TermStep.Kind kind, LocalDate from, LocalDate to, long days, String holiday, List<LocalDate> dates, String text) {
    }

    /** The answer: the last day of the term and how it came about. */
    public record TermAnswer(LocalDate start, String term, boolean statutory, boolean backwards, LocalDate end, List<Step> steps) {
    }

    @Inject
    LegalCalendar calendar;

    @Inject
    Messages messages;

    @GET
    @Operation(summary = "The last day of a term, with the reason for every day it moved",
            description = "start=YYYY-MM-DD (the event; the term starts the day after) and exactly one of days=N, weeks=N, months=N or "
                    + "term=DECISION_PERIOD|EXTENSION|SUPPLEMENT|OBJECTION|OBJECTION_DECISION. statutory=true|false (default: true, or "
                    + "the named term's own): only a statutory term follows the Algemene termijnenwet. backwards=true counts back from "
                    + "the event (never extended). suspension=ASKED/SUPPLEMENTED, repeated: the day a supplement was asked for and the "
                    + "day it came in or its term ran out (Awb 4:15; overlapping suspensions count each day once). Bad parameters: 400 "
                    + "naming the parameter.")
    public TermAnswer term(@QueryParam("start") String start, @QueryParam("days") String days, @QueryParam("weeks") String weeks,
                           @QueryParam("months") String months, @QueryParam("term") String named, @QueryParam("statutory") String statutory,
                           @QueryParam("backwards") String backwards, @QueryParam("suspension") List<String> suspensions) {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        LocalDate event = null;
        try {
            event = ApiParameters.requiredDate("start", start);
        } catch (Refusal refused) {
            problems.addAll(refused.fields());
        }
        Term term = null;
        boolean statutoryByDefault = true;
        int given = (blank(days) ? 0 : 1) + (blank(weeks) ? 0 : 1) + (blank(months) ? 0 : 1) + (blank(named) ? 0 : 1);
        if (given != 1) {
            problems.add(new Refusal.FieldProblem(given == 0 ? "weeks" : firstGiven(days, weeks, months), "term.error.term"));
        } else if (!blank(named)) {
            NamedTerm chosen = named(named.trim());
            if (chosen == null) {
                problems.add(new Refusal.FieldProblem("term", "problem.field.enum", String.join(", ", java.util.Arrays.stream(NamedTerm.values()).map(Enum::name).toList())));
            } else {
                term = chosen.term();
                statutoryByDefault = chosen.statutory();
            }
        } else {
            term = amount(problems, days, "days", MAX_DAYS, Term.Unit.DAYS);
            term = term != null ? term : amount(problems, weeks, "weeks", MAX_WEEKS, Term.Unit.WEEKS);
            term = term != null ? term : amount(problems, months, "months", MAX_MONTHS, Term.Unit.MONTHS);
        }
        Boolean isStatutory = flag(problems, "statutory", statutory, statutoryByDefault);
        Boolean isBackwards = flag(problems, "backwards", backwards, false);
        List<Suspension> parsed = new ArrayList<>();
        for (String suspension : suspensions == null ? List.<String>of() : suspensions) {
            Suspension one = suspension(suspension);
            if (one == null) {
                problems.add(new Refusal.FieldProblem("suspension", "term.error.suspension"));
            } else {
                parsed.add(one);
            }
        }
        Refusal.refuseIfAny(Messages.PLATFORM_BUNDLE, "term.error", problems);
        TermResult result = calendar.endOfTerm(new TermRequest(event, term, isStatutory, isBackwards, parsed, List.of()));
        Locale locale = messages.locale();
        return new TermAnswer(event, TermExplanation.term(term, locale), isStatutory, isBackwards, result.end(), result.steps().stream()
                .map(step -> new Step(step.kind(), step.from(), step.to(), step.days(),
                        step.holiday() == null ? null : messages.get(Messages.PLATFORM_BUNDLE, step.holiday().key()), step.dates(),
                        TermExplanation.line(result, step, locale)))
                .toList());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String firstGiven(String days, String weeks, String months) {
        return !blank(days) ? "days" : !blank(weeks) ? "weeks" : !blank(months) ? "months" : "term";
    }

    private static NamedTerm named(String name) {
        for (NamedTerm candidate : NamedTerm.values()) {
            if (candidate.name().equalsIgnoreCase(name)) {
                return candidate;
            }
        }
        return null;
    }

    private static Term amount(List<Refusal.FieldProblem> problems, String text, String field, int max, Term.Unit unit) {
        if (blank(text)) {
            return null;
        }
        if (!text.trim().matches("\\d{1,6}") || Integer.parseInt(text.trim()) > max) {
            problems.add(new Refusal.FieldProblem(field, "term.error.amount", max));
            return null;
        }
        return new Term(Integer.parseInt(text.trim()), unit);
    }

    private static Boolean flag(List<Refusal.FieldProblem> problems, String field, String text, boolean byDefault) {
        if (blank(text)) {
            return byDefault;
        }
        if (!text.trim().equalsIgnoreCase("true") && !text.trim().equalsIgnoreCase("false")) {
            problems.add(new Refusal.FieldProblem(field, "problem.field.parameter", "true | false"));
            return byDefault;
        }
        return Boolean.parseBoolean(text.trim());
    }

    /** {@code ASKED/SUPPLEMENTED}, both plausible dates, the second not before the first; {@code null} otherwise. */
    private static Suspension suspension(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/");
        if (parts.length != 2) {
            return null;
        }
        try {
            LocalDate asked = LocalDate.parse(parts[0].trim());
            LocalDate supplemented = LocalDate.parse(parts[1].trim());
            return ApiParameters.plausible(asked) && ApiParameters.plausible(supplemented) && !supplemented.isBefore(asked)
                    ? Suspension.supplement(asked, supplemented) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
