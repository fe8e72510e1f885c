package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The penalty for a late decision (dwangsom, Awb 4:17) as it stands: it runs from the day two weeks have passed after
 * both the decision period ended and the authority received the applicant's notice of default, for each day the
 * decision is not given, at most 42 days: EUR 23 a day for the first 14 days, 35 for the next 14, 45 after that. The
 * decision that sets it is due two weeks after its last day (Awb 4:18).
 *
 * @param firstDay          the first day the penalty runs
 * @param days              the days it ran until (not including) the decision, or until today, at most 42
 * @param euros             the amount for those days
 * @param lastDay           the last day it ran ({@code null} while no day ran)
 * @param stopped           whether it no longer grows (decided, or the 42 days are full)
 * @param settingDecisionDueOn the day the decision setting it is due, once it is final and ran at least a day
 */
public record Penalty(LocalDate firstDay, int days, int euros, LocalDate lastDay, boolean stopped, LocalDate settingDecisionDueOn) {

    public static final int MAX_DAYS = 42;

    /**
     * The penalty for a request due {@code dueOn}, with a notice of default received {@code noticeOn}, decided on
     * {@code decidedOn} ({@code null} while undecided), as it stands on {@code today}.
     */
    public static Penalty of(LocalDate dueOn, LocalDate noticeOn, LocalDate decidedOn, LocalDate today) {
        LocalDate later = noticeOn.isAfter(dueOn) ? noticeOn : dueOn;
        LocalDate first = later.plusWeeks(2);
        LocalDate until = decidedOn != null ? decidedOn : today.plusDays(1); // days before the decision, or up to today
        int days = (int) Math.max(0, Math.min(MAX_DAYS, ChronoUnit.DAYS.between(first, until)));
        boolean done = decidedOn != null || days == MAX_DAYS;
        LocalDate last = days == 0 ? null : first.plusDays(days - 1L);
        return new Penalty(first, days, euros(days), last, done, done && last != null ? last.plusWeeks(2) : null);
    }

    /** The amount for {@code days} days: 23 a day for days 1-14, 35 for 15-28, 45 for 29-42. */
    public static int euros(int days) {
        int d = Math.max(0, Math.min(MAX_DAYS, days));
        return Math.min(d, 14) * 23 + Math.max(0, Math.min(d, 28) - 14) * 35 + Math.max(0, d - 28) * 45;
    }
}
