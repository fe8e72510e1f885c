package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.platform.api.validation.PlainText;

/**
 * The person to be screened (screeningsplichtige), as the institution gives them: nothing more than the procedure needs.
 *
 * @param personReference  the institution's own reference for the person: one person across requests (renewals, a
 *                         change of unit, the access check, dismissed sanctions hits hang on it)
 * @param otherScriptNames the names in another script, if any (e.g. Cyrillic or Chinese characters)
 * @param birthDate        the date of birth; or only {@code birthYear} where that is all that is known
 * @param birthCountry     ISO 3166 alpha-2 code
 * @param nationalities    ISO 3166 alpha-2 codes, one or more; empty when {@code stateless}
 * @param idDocumentNumber the identity document's number: stored encrypted, never in an audit record, log line or URL
 */
public record SubjectData(@PlainText(max = 100) String personReference, @PlainText(max = 200) String givenNames,
                          @PlainText(max = 200) String surname, @PlainText(max = 400) String otherScriptNames, LocalDate birthDate,
                          Integer birthYear, @PlainText(max = 200) String birthPlace, @PlainText(max = 2) String birthCountry,
                          List<@PlainText(max = 2) String> nationalities, boolean stateless, @PlainText(max = 254) String email,
                          IdentityDocumentType idDocumentType, @PlainText(max = 50) String idDocumentNumber) {

    public SubjectData {
        nationalities = nationalities == null ? List.of() : nationalities.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The name to show: given names and surname. */
    public String displayName() {
        String given = givenNames == null ? "" : givenNames.trim();
        String last = surname == null ? "" : surname.trim();
        return (given + " " + last).trim();
    }
}
