package nl.kennisveiligheid.decisions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The penalty for a late decision (Awb 4:17, 4:18) across its 14- and 28-day steps and its 42-day cap. */
class PenaltyTest {

    private static final LocalDate DUE = LocalDate.of(2026, 10, 5);

    @ParameterizedTest(name = "{0} days: EUR {1}")
    @CsvSource({"0, 0", "1, 23", "14, 322", "15, 357", "28, 812", "29, 857", "42, 1442", "43, 1442", "100, 1442"})
    void theAmountFollowsTheSteps(int days, int euros) {
        assertEquals(euros, Penalty.euros(days));
    }

    @Test
    void itRunsFromTwoWeeksAfterTheLaterOfTheDueDateAndTheNotice() {
        LocalDate notice = DUE.plusDays(3); // received after the due date: the notice counts
        Penalty before = Penalty.of(DUE, notice, null, notice.plusDays(13));
        assertEquals(notice.plusWeeks(2), before.firstDay());
        assertEquals(0, before.days());
        assertNull(before.lastDay());
        Penalty firstDay = Penalty.of(DUE, notice, null, notice.plusWeeks(2));
        assertEquals(1, firstDay.days());
        assertEquals(23, firstDay.euros());
        Penalty earlyNotice = Penalty.of(DUE, DUE.minusDays(10), null, DUE.plusWeeks(2));
        assertEquals(DUE.plusWeeks(2), earlyNotice.firstDay(), "a notice before the due date waits for the due date");
    }

    @Test
    void aDecisionStopsItAndSetsTheDueDateOfTheDecisionThatSetsIt() {
        LocalDate first = DUE.plusWeeks(2);
        Penalty decided = Penalty.of(DUE, DUE, first.plusDays(20), first.plusDays(30));
        assertEquals(20, decided.days(), "the days before the decision");
        assertEquals(322 + 6 * 35, decided.euros());
        assertTrue(decided.stopped());
        assertEquals(first.plusDays(19), decided.lastDay());
        assertEquals(first.plusDays(19).plusWeeks(2), decided.settingDecisionDueOn());
        Penalty running = Penalty.of(DUE, DUE, null, first.plusDays(20));
        assertFalse(running.stopped());
        assertNull(running.settingDecisionDueOn());
        Penalty capped = Penalty.of(DUE, DUE, null, first.plusDays(60));
        assertEquals(42, capped.days());
        assertEquals(1442, capped.euros());
        assertTrue(capped.stopped(), "42 days are the most");
        assertEquals(first.plusDays(41).plusWeeks(2), capped.settingDecisionDueOn());
    }
}
