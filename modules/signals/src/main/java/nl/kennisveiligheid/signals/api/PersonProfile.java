package nl.kennisveiligheid.signals.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a signals report reads of a person: the names (as written, and in another script), the date of birth (or only
 * the year), the country of birth and nationalities (ISO 3166 alpha-2), the ties to organisations, and the Annex 2
 * entries the person will have access to (as {@code code title}).
 */
public record PersonProfile(List<String> names, LocalDate birthDate, Integer birthYear, String birthCountry, List<String> nationalities,
                            List<Tie> ties, List<String> annexEntries) {

    public PersonProfile {
        names = names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).toList();
        nationalities = nationalities == null ? List.of() : nationalities.stream().filter(Objects::nonNull).toList();
        ties = ties == null ? List.of() : ties.stream().filter(Objects::nonNull).toList();
        annexEntries = annexEntries == null ? List.of() : List.copyOf(annexEntries);
    }
}
