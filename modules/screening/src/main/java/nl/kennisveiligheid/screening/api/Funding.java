package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;

import nl.kennisveiligheid.platform.api.validation.PlainText;

/**
 * Where the position or stay is paid from; for foreign funding and scholarships the funder or programme and its
 * country; for a scholarship its period ({@code from}, {@code to}) and whether its topic and supervision are set from
 * the home country (a risk signal when the scholarship lasts less than two years).
 */
public record Funding(FundingKind kind, @PlainText(max = 300) String funder, @PlainText(max = 2) String country, LocalDate from,
                      LocalDate to, boolean topicFromHomeCountry) {
}
