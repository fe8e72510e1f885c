package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A suspension of a running term (opschorting, Awb 4:15). A day is suspended or not: suspensions that overlap count
 * each day once.
 *
 * <ul>
 *   <li>{@link Reason#SUPPLEMENT} (lid 1 a): the applicant was asked on {@code start} to supplement the request; the
 *       term stands still from the day after, up to the day ({@code end}) the supplement came in or the term set for
 *       it ran out unused, that day not included. A supplement on the day of the request or the next suspends
 *       nothing. Worked example: asked Monday 2 November, supplemented Monday 16 November: 3 to 15 November.</li>
 *   <li>{@link Reason#CONSENT} (lid 2 a, with the applicant's written consent) and {@link Reason#APPLICANT_DELAY}
 *       (lid 2 b, for as long as the applicant causes delay): the days {@code start} to {@code end}, both included.</li>
 * </ul>
 *
 * @param reason why the term stands still
 * @param start  the day the supplement was asked for; for the other reasons the first day suspended
 * @param end    the day the supplement came in or its term ran out; for the other reasons the last day suspended
 * @param note   what the suspension is about, for the explanation (may be {@code null})
 */
public record Suspension(Reason reason, LocalDate start, LocalDate end, String note) {

    /** Why a term stands still, with the article that allows it. */
    public enum Reason {
        /** Awb 4:15 lid 1 a: a request to supplement the application (Awb 4:5). */
        SUPPLEMENT,
        /** Awb 4:15 lid 2 a: with the applicant's written consent. */
        CONSENT,
        /** Awb 4:15 lid 2 b: for as long as the applicant causes delay. */
        APPLICANT_DELAY
    }

    public Suspension {
        if (reason == null || start == null || end == null) {
            throw new IllegalArgumentException("A suspension needs its reason, its start and its end");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A suspension cannot end before it starts");
        }
    }

    /** A request for a supplement asked on {@code asked}, answered (or its term ran out) on {@code supplemented}. */
    public Suspension(LocalDate asked, LocalDate supplemented) {
        this(Reason.SUPPLEMENT, asked, supplemented, null);
    }

    public static Suspension supplement(LocalDate asked, LocalDate supplemented) {
        return new Suspension(asked, supplemented);
    }

    public static Suspension withConsent(LocalDate from, LocalDate until, String note) {
        return new Suspension(Reason.CONSENT, from, until, note);
    }

    public static Suspension applicantDelay(LocalDate from, LocalDate until, String note) {
        return new Suspension(Reason.APPLICANT_DELAY, from, until, note);
    }

    /** The first day suspended. */
    public LocalDate firstDay() {
        return reason == Reason.SUPPLEMENT ? start.plusDays(1) : start;
    }

    /** The last day suspended (before the first day when nothing is). */
    public LocalDate lastDay() {
        return reason == Reason.SUPPLEMENT ? end.minusDays(1) : end;
    }

    /** The number of days suspended, on its own (overlaps with other suspensions not taken out). */
    public long days() {
        return Math.max(0, ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1);
    }

    /** The days suspended, in order. */
    public List<LocalDate> suspendedDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = firstDay(); !day.isAfter(lastDay()); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** The day the suspension began: the term must still run on it. */
    public LocalDate beganOn() {
        return start;
    }
}
