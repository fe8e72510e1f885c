package nl.kennisveiligheid.platform.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.calendar.Holiday;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.calendar.AtwLegalCalendar;
import nl.kennisveiligheid.platform.entity.EquatedHoliday;

/**
 * The legal calendar screen of system administrators: the holidays of a year under the Algemene
 * termijnenwet, and the days a Royal Decree equates with them, which they add and remove here.
 */
@Named
@ViewScoped
public class LegalCalendarBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One day of the year's list: a holiday of art. 3 or an equated day (with its decree). */
    public record Day(LocalDate date, String key, String description, String legalReference, boolean equated) {
    }

    @Inject
    AtwLegalCalendar calendar;

    @Inject
    PlatformClock clock;

    private int year;
    private List<Day> days;
    private LocalDate date;
    private String description;
    private String legalReference;

    @PostConstruct
    void init() {
        year = clock.today().getYear();
    }

    public void showYear() {
        days = null;
    }

    public void equate() {
        try {
            calendar.equate(date, description, legalReference);
        } catch (Refusal refused) {
            PageMessages.refused(refused, field -> "calendar:" + field);
            return;
        }
        PageMessages.info(PlatformModule.BUNDLE, "calendar.equated", date);
        year = date.getYear();
        days = null;
        date = null;
        description = null;
        legalReference = null;
    }

    public void remove(Day day) {
        calendar.unequate(day.date());
        PageMessages.info(PlatformModule.BUNDLE, "calendar.removed", day.date());
        days = null;
    }

    public List<Day> getDays() {
        if (days == null) {
            Map<LocalDate, EquatedHoliday> equated = calendar.equatedDays(year).stream()
                    .collect(Collectors.toMap(EquatedHoliday::getDay, e -> e));
            days = calendar.holidays(year).stream().map(h -> day(h, equated.get(h.date()))).toList();
        }
        return days;
    }

    private static Day day(Holiday holiday, EquatedHoliday equated) {
        boolean isEquated = equated != null && holiday.key().equals("holiday.EQUATED");
        return new Day(holiday.date(), holiday.key(), isEquated ? equated.getDescription() : null,
                isEquated ? equated.getLegalReference() : null, isEquated);
    }

    /** The years to choose from: five back (terms still running) and ten ahead (decrees come years early). */
    public List<Integer> getYears() {
        int now = clock.today().getYear();
        return java.util.stream.IntStream.rangeClosed(now - 5, Math.max(now + 10, year)).boxed().toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLegalReference() {
        return legalReference;
    }

    public void setLegalReference(String legalReference) {
        this.legalReference = legalReference;
    }
}
