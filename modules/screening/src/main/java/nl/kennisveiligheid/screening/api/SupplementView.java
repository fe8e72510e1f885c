package nl.kennisveiligheid.screening.api;

import java.time.LocalDate;

/**
 * A request for a supplement (Awb 4:5) and its answer.
 *
 * @param number   1 for the first of the request
 * @param answerBy the last day of the term set for it
 * @param late     answered after its term ended (accepted, without a new suspension)
 */
public record SupplementView(int number, LocalDate askedOn, String askedBy, String questions, LocalDate answerBy, LocalDate answeredOn,
                             String answer, boolean late) {

    public boolean open() {
        return answeredOn == null;
    }
}
