package nl.kennisveiligheid.platform.control.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.kennisveiligheid.platform.api.calendar.Holiday;

/** The generally recognised holidays of Algemene termijnenwet art. 3, computed for any year. */
public final class DutchHolidays {

    private DutchHolidays() {
    }

    /** The holidays of art. 3 in a year, in date order. */
    public static List<Holiday> of(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        List<Holiday> days = new ArrayList<>(List.of(
                holiday(LocalDate.of(year, Month.JANUARY, 1), "NEW_YEARS_DAY", "Nieuwjaarsdag"),
                holiday(easter.minusDays(2), "GOOD_FRIDAY", "Goede Vrijdag"),
                holiday(easter.plusDays(1), "EASTER_MONDAY", "Tweede Paasdag"),
                holiday(kingsDay, "KINGS_DAY", "Koningsdag"),
                holiday(LocalDate.of(year, Month.MAY, 5), "LIBERATION_DAY", "5 mei"),
                holiday(easter.plusDays(39), "ASCENSION_DAY", "Hemelvaartsdag"),
                holiday(easter.plusDays(50), "WHIT_MONDAY", "Tweede Pinksterdag"),
                holiday(LocalDate.of(year, Month.DECEMBER, 25), "CHRISTMAS_DAY", "Eerste Kerstdag"),
                holiday(LocalDate.of(year, Month.DECEMBER, 26), "BOXING_DAY", "Tweede Kerstdag")));
        days.sort(Comparator.comparing(Holiday::date));
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static Holiday holiday(LocalDate date, String code, String dutchName) {
        return new Holiday(date, "holiday." + code, dutchName);
    }
}
