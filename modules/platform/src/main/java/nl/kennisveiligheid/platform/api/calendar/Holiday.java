package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;

/**
 * A day that is not a working day for legal terms: a generally recognised holiday of Atw art. 3, or a
 * day a Royal Decree equates with one.
 *
 * @param date the day
 * @param key  message key of its name (platform bundle), e.g. {@code holiday.EASTER_MONDAY}
 * @param name its name in Dutch, for logs and data
 */
public record Holiday(LocalDate date, String key, String name) {
}
