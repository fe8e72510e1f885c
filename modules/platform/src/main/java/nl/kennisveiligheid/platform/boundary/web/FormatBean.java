package nl.kennisveiligheid.platform.boundary.web;

import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.PlatformClock;

/**
 * Dates and numbers in the page language's format: {@code #{fmt.date(d)}}, {@code #{fmt.dateTime(t)}},
 * {@code #{fmt.number(n)}}; a module's {@link Text}: {@code #{fmt.text(t)}}. Times are shown in Dutch time (Europe/Amsterdam).
 */
@Named("fmt")
@RequestScoped
public class FormatBean {

    @Inject
    LanguageBean language;

    @Inject
    PlatformClock clock;

    @Inject
    nl.kennisveiligheid.platform.api.ActorNames actors;

    /** A user or API token as stored in a record, as people read it: {@code #{fmt.actor(d.signedBy())}}. */
    public String actor(String recorded) {
        return recorded == null ? "" : text(actors.describe(recorded));
    }

    /** A {@link Text} another module handed over, in the page's language: {@code #{fmt.text(t)}}. */
    public String text(Text text) {
        return PageMessages.text(text, locale());
    }

    public String date(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        LocalDate date = value instanceof OffsetDateTime odt ? odt.atZoneSameInstant(clock.zone()).toLocalDate()
                : value instanceof ZonedDateTime zdt ? zdt.withZoneSameInstant(clock.zone()).toLocalDate()
                : LocalDate.from(value);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    public String dateTime(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        ZonedDateTime at = value instanceof OffsetDateTime odt ? odt.atZoneSameInstant(clock.zone())
                : value instanceof ZonedDateTime zdt ? zdt.withZoneSameInstant(clock.zone())
                : ZonedDateTime.from(value);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale()).format(at);
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    /** Today by the platform clock, in long form. */
    public String getToday() {
        return date(clock.today());
    }

    private Locale locale() {
        return language.getLocale();
    }
}
