package nl.kennisveiligheid.screening.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;
import nl.kennisveiligheid.screening.api.AccessData;
import nl.kennisveiligheid.screening.api.RequestData;
import nl.kennisveiligheid.screening.api.SubjectData;
import org.junit.jupiter.api.Test;

/** The fields a form marks as needed to submit are exactly those an empty submission is refused on, all named at once. */
class RequestValidationTest {

    @Test
    void anEmptySubmissionNamesEveryFieldTheFormMarksAsNeeded() {
        RequestData empty = new RequestData(new SubjectData(null, null, null, null, null, null, null, null, List.of(), false, null, null, null),
                new AccessData(null, null, null, null, List.of(), null, null, null, null), List.of(), List.of(), null);
        Set<String> named = new TreeSet<>(RequestValidation.forSubmission(empty, LocalDate.of(2026, 12, 8)).stream().map(FieldProblem::field).toList());
        assertEquals(new TreeSet<>(RequestValidation.NEEDED_TO_SUBMIT), named);
    }
}
