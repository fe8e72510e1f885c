package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Legal terms under the Awb and the Algemene termijnenwet (Atw), on the platform clock's calendar
 * (Europe/Amsterdam).
 *
 * <ul>
 *   <li>A term in days or weeks starts the day after the event ({@link Term#after}).</li>
 *   <li>Suspensions add exactly their days ({@link Suspension#days()}); extensions add their term.</li>
 *   <li>Atw art. 2: a term of three days or more holds at least two days that are not a Saturday,
 *       Sunday or holiday; it is extended until it does.</li>
 *   <li>Atw art. 1: a term that ends on a Saturday, Sunday or holiday runs on to the next day that is
 *       none of these.</li>
 *   <li>Holidays (Atw art. 3): New Year's Day, Good Friday, Easter Monday, King's Day (27 April; 26 April
 *       when the 27th is a Sunday), 5 May, Ascension Day, Whit Monday, Christmas Day and Boxing Day;
 *       plus the days a Royal Decree equates with them, which a system administrator maintains.</li>
 * </ul>
 */
public interface LegalCalendar {

    /** The end of a term after an event, with suspensions and extensions, explained step by step. */
    TermResult endOfTerm(LocalDate event, Term term, List<Suspension> suspensions, List<Term> extensions);

    /** The end of a plain term after an event. */
    default TermResult endOfTerm(LocalDate event, Term term) {
        return endOfTerm(event, term, List.of(), List.of());
    }

    /** Whether a day is not a Saturday, Sunday, holiday or equated day. */
    boolean isWorkingDay(LocalDate day);

    /** The holidays and equated days of a year, in date order. */
    List<Holiday> holidays(int year);
}
