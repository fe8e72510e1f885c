package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.validation.PlainText;

/** An organisation the person worked or studied at in the last 5 years; {@code to} empty while it lasts. */
public record Affiliation(@PlainText(max = 300) String organisation, @PlainText(max = 2) String country, @PlainText(max = 200) String role,
                          LocalDate from, LocalDate to) {
}
