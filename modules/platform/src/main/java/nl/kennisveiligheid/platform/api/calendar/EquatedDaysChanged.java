package nl.kennisveiligheid.platform.api.calendar;

import java.time.LocalDate;

/**
 * CDI event: a day was equated with a holiday, or no longer is. Terms that run over it may end on another day now;
 * modules that store the end of a term observe it (after the transaction succeeded) and compute their terms again.
 */
public record EquatedDaysChanged(LocalDate day) {
}
