package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Legal terms under the Awb and the Algemene termijnenwet (Atw), on the platform clock's calendar
 * (Europe/Amsterdam). {@code docs/legal-calendar.md} gives the rules with worked examples.
 *
 * <ul>
 *   <li>A term in days, weeks or months starts the day after the event ({@link Term#after}); a term counted
 *       backwards ends the day it falls on and is never extended (Atw art. 1 lid 2).</li>
 *   <li>Suspensions (Awb 4:15) add the days they suspend, each day once however many suspensions cover it; a
 *       suspension that begins after the term has ended, or before it began, is refused. Extensions add their term.</li>
 *   <li>The Atw applies to terms set in a law ({@link TermRequest#statutory()}), not to a term the authority sets
 *       itself, and not to terms longer than twelve weeks, three months or ninety days (art. 4).</li>
 *   <li>Atw art. 2: a term of three days or more (its own length) holds at least two days that are not a Saturday,
 *       Sunday or holiday, suspended days left out; it is extended until it does.</li>
 *   <li>Atw art. 1: a term that ends on a Saturday, Sunday or holiday runs on to the next day that is none of these.</li>
 *   <li>Holidays (Atw art. 3): New Year's Day, Good Friday, Easter Monday, King's Day (27 April; 26 April
 *       when the 27th is a Sunday), 5 May, Ascension Day, Whit Monday, Christmas Day and Boxing Day;
 *       plus the days a Royal Decree equates with them (shipped, and maintained by a system administrator).</li>
 * </ul>
 */
public interface LegalCalendar {

    /**
     * The end of a term, explained step by step. A suspension outside the running term is a
     * {@link nl.kennisveiligheid.platform.api.Refusal} (400) naming the field {@code suspension}.
     */
    TermResult endOfTerm(TermRequest request);

    /** The end of a statutory term after an event, with suspensions and extensions. */
    default TermResult endOfTerm(LocalDate event, Term term, List<Suspension> suspensions, List<Term> extensions) {
        return endOfTerm(new TermRequest(event, term, true, false, suspensions, extensions));
    }

    /** The end of a plain statutory term after an event. */
    default TermResult endOfTerm(LocalDate event, Term term) {
        return endOfTerm(TermRequest.statutory(event, term));
    }

    /** Whether a day is not a Saturday, Sunday, holiday or equated day. */
    boolean isWorkingDay(LocalDate day);

    /** The holidays and equated days of a year, in date order. */
    List<Holiday> holidays(int year);

    /** The calculation of a term in words, one line a step (which days were suspended, where a holiday moved the end), in {@code locale}. */
    java.util.List<String> explain(TermResult result, java.util.Locale locale);
}
