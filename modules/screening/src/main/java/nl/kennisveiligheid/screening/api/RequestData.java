package nl.kennisveiligheid.screening.api;

import jakarta.validation.Valid;
import java.util.List;
import nl.kennisveiligheid.platform.api.validation.PlainText;

/** A screening request as the institution fills it in: the person, the access, the background. */
public record RequestData(@Valid SubjectData subject, @Valid AccessData access, List<@Valid Affiliation> affiliations,
                          List<@Valid Funding> funding, @PlainText(max = 2000, multiLine = true) String earlierScreenings) {

    public RequestData {
        affiliations = affiliations == null ? List.of() : affiliations.stream().filter(java.util.Objects::nonNull).toList();
        funding = funding == null ? List.of() : funding.stream().filter(java.util.Objects::nonNull).toList();
    }
}
