package nl.kennisveiligheid.platform.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.platform.api.calendar.NamedTerm;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermRequest;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.control.calendar.TermExplanation;

/**
 * The term calculator for every signed-in user: a term of the procedure (or any number of days, weeks or months)
 * from an event, with the suspensions for supplements, gives the last day and the reason for every day it moved.
 */
@Named
@ViewScoped
public class TermCalculatorBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CUSTOM = "CUSTOM";

    /** A suspension row of the form: the day a supplement was asked for and the day it came in. */
    public static final class SuspensionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate asked;
        private LocalDate supplemented;

        public LocalDate getAsked() {
            return asked;
        }

        public void setAsked(LocalDate asked) {
            this.asked = asked;
        }

        public LocalDate getSupplemented() {
            return supplemented;
        }

        public void setSupplemented(LocalDate supplemented) {
            this.supplemented = supplemented;
        }
    }

    @Inject
    LegalCalendar calendar;

    @Inject
    PlatformClock clock;

    @Inject
    Messages messages;

    private LocalDate start;
    private String kind = NamedTerm.DECISION_PERIOD.name();
    private Integer amount = 4;
    private Term.Unit unit = Term.Unit.WEEKS;
    private boolean statutory = true;
    private final List<SuspensionRow> suspensions = new ArrayList<>();
    private String end;
    private List<String> explanation = List.of();

    @PostConstruct
    void init() {
        start = clock.today();
    }

    /** The named term chosen: its length and whether a law sets it. */
    public void kindChanged() {
        if (!CUSTOM.equals(kind)) {
            NamedTerm named = NamedTerm.valueOf(kind);
            amount = named.term().amount();
            unit = named.term().unit();
            statutory = named.statutory();
        }
    }

    public void addSuspension() {
        suspensions.add(new SuspensionRow());
    }

    public void removeSuspension(SuspensionRow row) {
        suspensions.remove(row);
    }

    public void calculate() {
        end = null;
        explanation = List.of();
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        if (start == null) {
            problems.add(new Refusal.FieldProblem("start", "problem.field.required"));
        }
        if (amount == null || amount < 0 || amount > 3650) {
            problems.add(new Refusal.FieldProblem("amount", "term.error.amount", 3650));
        }
        List<Suspension> parsed = new ArrayList<>();
        for (int i = 0; i < suspensions.size(); i++) {
            SuspensionRow row = suspensions.get(i);
            if (row.asked == null || row.supplemented == null || row.supplemented.isBefore(row.asked)) {
                problems.add(new Refusal.FieldProblem("suspensions:" + i + ":asked", "term.error.suspension"));
            } else {
                parsed.add(Suspension.supplement(row.asked, row.supplemented));
            }
        }
        try {
            Refusal.refuseIfAny(Messages.PLATFORM_BUNDLE, "term.error", problems);
            TermResult result = calendar.endOfTerm(new TermRequest(start, new Term(amount, unit), statutory, false, parsed, List.of()));
            end = TermExplanation.date(result.end(), messages.locale());
            explanation = TermExplanation.lines(result, messages.locale());
        } catch (Refusal refused) {
            PageMessages.refused(refused, field -> "terms:" + field);
        }
    }

    public List<String> getKinds() {
        List<String> kinds = new ArrayList<>();
        for (NamedTerm named : NamedTerm.values()) {
            kinds.add(named.name());
        }
        kinds.add(CUSTOM);
        return kinds;
    }

    public Term.Unit[] getUnits() {
        return Term.Unit.values();
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public Term.Unit getUnit() {
        return unit;
    }

    public void setUnit(Term.Unit unit) {
        this.unit = unit;
    }

    public boolean isStatutory() {
        return statutory;
    }

    public void setStatutory(boolean statutory) {
        this.statutory = statutory;
    }

    public List<SuspensionRow> getSuspensions() {
        return suspensions;
    }

    public String getEnd() {
        return end;
    }

    public List<String> getExplanation() {
        return explanation;
    }
}
