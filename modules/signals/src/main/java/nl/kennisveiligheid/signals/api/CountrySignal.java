package nl.kennisveiligheid.signals.api;

import java.math.BigDecimal;

/**
 * A country on one indicator, from the edition in force: its value (null for the threat assessments, where being
 * named counts), whether that is a signal, and the year, source and edition it came from.
 */
public record CountrySignal(String country, CountryIndicator indicator, BigDecimal value, boolean signal, int year, String source,
                            long editionId) {
}
