package nl.kennisveiligheid.screening.api;

import nl.kennisveiligheid.platform.api.validation.PlainText;

/** Where the position or stay is paid from; for foreign funding and scholarships the funder or programme and its country. */
public record Funding(FundingKind kind, @PlainText(max = 300) String funder, @PlainText(max = 2) String country) {
}
