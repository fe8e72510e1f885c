package nl.kennisveiligheid.signals.api;

import java.time.OffsetDateTime;

/** One loaded edition of a country indicator: its year, source, counts, checksum, and whether it is in force (a preview: no id). */
public record IndicatorEditionView(Long id, CountryIndicator indicator, int year, String source, int countries, int signals, int skipped,
                                   String checksum, String fileName, OffsetDateTime loadedAt, String loadedBy, boolean inForce) {
}
