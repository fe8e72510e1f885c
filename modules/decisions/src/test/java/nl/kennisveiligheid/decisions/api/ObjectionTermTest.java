package nl.kennisveiligheid.decisions.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whether an objection came in time (Awb 6:9 lid 2): by the term's last day, or posted by then and in within a week. */
class ObjectionTermTest {

    private static final ObjectionTerm TERM = new ObjectionTerm(LocalDate.of(2027, 1, 8));

    @Test
    void receivedByTheLastDayIsInTime() {
        assertTrue(TERM.inTime(LocalDate.of(2027, 1, 8), null));
        assertFalse(TERM.inTime(LocalDate.of(2027, 1, 9), null), "a day late, not by post");
    }

    @Test
    void postedInTimeMayArriveWithinAWeekAfter() {
        assertTrue(TERM.inTime(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 8)), "the seventh day after");
        assertFalse(TERM.inTime(LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 8)), "the eighth day after");
        assertFalse(TERM.inTime(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 9)), "posted after the term");
    }
}
