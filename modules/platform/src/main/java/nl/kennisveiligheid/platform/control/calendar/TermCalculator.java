package nl.kennisveiligheid.platform.control.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.kennisveiligheid.platform.api.calendar.Holiday;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.platform.api.calendar.Term;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.api.calendar.TermStep;
import nl.kennisveiligheid.platform.api.calendar.TermStep.Kind;

/**
 * Computes the end of a legal term (see {@link nl.kennisveiligheid.platform.api.calendar.LegalCalendar} for
 * the rules). Pure: the holidays come from a function, so the rules can be tested over many years without a
 * database.
 *
 * <p>Order: plain end (event + term), then every suspension's days, then every extension, then Atw art. 2
 * (a term of three days or more holds two days that are no Saturday, Sunday or holiday), then Atw art. 1
 * (an end on a Saturday, Sunday or holiday runs on, one day at a time). Art. 2 counts the days after the
 * event up to the end, suspended days included.
 */
public final class TermCalculator {

    private final Function<LocalDate, Optional<Holiday>> holidays;

    /** @param holidays the holiday (art. 3 or equated) on a given day, if any */
    public TermCalculator(Function<LocalDate, Optional<Holiday>> holidays) {
        this.holidays = holidays;
    }

    public TermResult endOfTerm(LocalDate event, Term term, List<Suspension> suspensions, List<Term> extensions) {
        List<TermStep> steps = new ArrayList<>();
        LocalDate end = term.after(event);
        steps.add(new TermStep(Kind.PLAIN_END, event, end, term.inDays(), null));
        for (Suspension suspension : suspensions) {
            LocalDate moved = end.plusDays(suspension.days());
            steps.add(new TermStep(Kind.SUSPENSION, end, moved, suspension.days(), null));
            end = moved;
        }
        for (Term extension : extensions) {
            LocalDate moved = extension.after(end);
            steps.add(new TermStep(Kind.EXTENSION, end, moved, extension.inDays(), null));
            end = moved;
        }
        if (!end.isBefore(event.plusDays(3))) {
            int working = 0;
            for (LocalDate day = event.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                if (isWorkingDay(day)) {
                    working++;
                }
            }
            if (working < 2) {
                LocalDate moved = end;
                while (working < 2) {
                    moved = moved.plusDays(1);
                    if (isWorkingDay(moved)) {
                        working++;
                    }
                }
                steps.add(new TermStep(Kind.TWO_WORKING_DAYS, end, moved, moved.toEpochDay() - end.toEpochDay(), null));
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

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && holidays.apply(day).isEmpty();
    }
}
