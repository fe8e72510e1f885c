package nl.kennisveiligheid.platform.control.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.calendar.Holiday;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermRequest;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.api.calendar.TermStep;
import nl.kennisveiligheid.platform.api.calendar.TermStep.Kind;

/**
 * Computes the end of a legal term (see {@link nl.kennisveiligheid.platform.api.calendar.LegalCalendar} for
 * the rules, {@code docs/legal-calendar.md} for worked examples). Pure: the holidays come from a function, so the
 * rules can be tested over many years without a database.
 *
 * <p>Order: plain end (event + term); a term counted backwards stops there (Atw art. 1 lid 2). Then the suspensions
 * in the order they began, each adding the days it newly suspends (Awb 4:15: a day is suspended once), each refused
 * when it begins outside the running term; then the extensions. Then, for a statutory term the Atw covers (not
 * longer than twelve weeks, three months or ninety days, art. 4): art. 2 (a term of three days or more, by its own
 * length, holds two days that are no Saturday, Sunday or holiday; suspended days do not count), then art. 1 (an end
 * on a Saturday, Sunday or holiday runs on, one day at a time).
 */
public final class TermCalculator {

    private final Function<LocalDate, Optional<Holiday>> holidays;

    /** @param holidays the holiday (art. 3 or equated) on a given day, if any */
    public TermCalculator(Function<LocalDate, Optional<Holiday>> holidays) {
        this.holidays = holidays;
    }

    /** A plain statutory term after the event. */
    public TermResult endOfTerm(LocalDate event, Term term) {
        return endOfTerm(TermRequest.statutory(event, term));
    }

    public TermResult endOfTerm(LocalDate event, Term term, List<Suspension> suspensions, List<Term> extensions) {
        return endOfTerm(new TermRequest(event, term, true, false, suspensions, extensions));
    }

    public TermResult endOfTerm(TermRequest request) {
        LocalDate event = request.event();
        Term term = request.term();
        List<TermStep> steps = new ArrayList<>();
        if (request.backwards()) {
            if (!request.suspensions().isEmpty() || !request.extensions().isEmpty()) {
                throw refused("suspension", "term.error.backwards.suspended");
            }
            LocalDate day = term.before(event);
            steps.add(new TermStep(Kind.BACKWARDS, event, day, ChronoUnit.DAYS.between(day, event), null));
            return new TermResult(event, term, day, steps);
        }
        LocalDate end = term.after(event);
        steps.add(new TermStep(Kind.PLAIN_END, event, end, ChronoUnit.DAYS.between(event, end), null));
        Set<LocalDate> suspended = new TreeSet<>();
        List<Suspension> inOrder = request.suspensions().stream().sorted(Comparator.comparing(Suspension::beganOn)).toList();
        for (Suspension suspension : inOrder) {
            if (!suspension.beganOn().isAfter(event.minusDays(1)) || suspension.beganOn().isAfter(end)) {
                throw refused("suspension", "term.error.suspension.outside", suspension.beganOn(), event.plusDays(1), end);
            }
            List<LocalDate> added = suspension.suspendedDays().stream().filter(suspended::add).toList();
            LocalDate moved = end.plusDays(added.size());
            steps.add(new TermStep(Kind.SUSPENSION, end, moved, added.size(), null, suspension, added));
            end = moved;
        }
        for (Term extension : request.extensions()) {
            LocalDate moved = extension.after(end);
            steps.add(new TermStep(Kind.EXTENSION, end, moved, ChronoUnit.DAYS.between(end, moved), null));
            end = moved;
        }
        if (!request.statutory()) {
            steps.add(new TermStep(Kind.NOT_STATUTORY, end, end, 0, null));
            return new TermResult(event, term, end, steps);
        }
        if (term.outsideAtw()) {
            steps.add(new TermStep(Kind.OUTSIDE_ATW, end, end, 0, null));
            return new TermResult(event, term, end, steps);
        }
        if (term.threeDaysOrMore()) {
            List<LocalDate> ordinary = new ArrayList<>();
            for (LocalDate day = event.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                if (isWorkingDay(day) && !suspended.contains(day)) {
                    ordinary.add(day);
                }
            }
            if (ordinary.size() < 2) {
                LocalDate moved = end;
                while (ordinary.size() < 2) {
                    moved = moved.plusDays(1);
                    if (isWorkingDay(moved)) {
                        ordinary.add(moved);
                    }
                }
                steps.add(new TermStep(Kind.TWO_WORKING_DAYS, end, moved, ChronoUnit.DAYS.between(end, moved), null, null, ordinary));
                end = moved;
            }
        }
        while (!isWorkingDay(end)) {
            LocalDate next = end.plusDays(1);
            Optional<Holiday> holiday = holidays.apply(end);
            Kind why = holiday.isPresent() ? Kind.HOLIDAY
                    : end.getDayOfWeek() == DayOfWeek.SATURDAY ? Kind.SATURDAY : Kind.SUNDAY;
            steps.add(new TermStep(why, end, next, 1, holiday.orElse(null)));
            end = next;
        }
        return new TermResult(event, term, end, steps);
    }

    private static Refusal refused(String field, String key, Object... arguments) {
        return Refusal.invalid(Messages.PLATFORM_BUNDLE, "term.error", field, key, arguments);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && holidays.apply(day).isEmpty();
    }
}
