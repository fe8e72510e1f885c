package nl.kennisveiligheid.decisions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.decisions.api.AccessAnswer;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.api.Outcome;
import org.junit.jupiter.api.Test;

/** The access check's rule from the decisions' dates alone: the newest decision in force decides. */
class AccessRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static long ids = 1;

    private static DecisionView decision(Outcome outcome, LocalDate from, LocalDate until, LocalDate revokedFrom, List<String> conditions) {
        long id = ids++;
        return new DecisionView(id, "KVS-2026-000001-B" + id, 1, "KVS-2026-000001", 7, 11, "Lab", "P-1", "A. Person", outcome, conditions,
                "reasons", "basis", "ANNEX2", 1, "assessor", "decider", null, from, from, from, until, revokedFrom, null, 0, null, null, null);
    }

    @Test
    void aGrantInForceLetsThePersonIn() {
        DecisionView granted = decision(Outcome.GRANTED, TODAY.minusDays(10), TODAY.plusYears(1), null, List.of());
        AccessAnswer answer = AccessRules.answer(List.of(granted), TODAY, null);
        assertTrue(answer.allowed());
        assertEquals(granted.reference(), answer.decision());
        assertEquals(TODAY.plusYears(1), answer.validUntil());
    }

    @Test
    void conditionsComeWithTheAnswer() {
        DecisionView conditional = decision(Outcome.GRANTED_WITH_CONDITIONS, TODAY, TODAY.plusYears(1), null, List.of("Under supervision."));
        AccessAnswer answer = AccessRules.answer(List.of(conditional), TODAY, null);
        assertTrue(answer.allowed());
        assertEquals(List.of("Under supervision."), answer.conditions());
    }

    @Test
    void refusedAndSetAsideSayNo() {
        for (Outcome outcome : List.of(Outcome.REFUSED, Outcome.NOT_PROCESSED)) {
            DecisionView no = decision(outcome, TODAY.minusDays(1), null, null, List.of());
            AccessAnswer answer = AccessRules.answer(List.of(no), TODAY, null);
            assertFalse(answer.allowed(), outcome.name());
            assertEquals(no.reference(), answer.decision());
            assertNull(answer.validUntil());
        }
    }

    @Test
    void theDatesDecideWithoutAnyJob() {
        DecisionView tomorrow = decision(Outcome.GRANTED, TODAY.plusDays(1), TODAY.plusYears(1), null, List.of());
        assertFalse(AccessRules.answer(List.of(tomorrow), TODAY, null).allowed(), "effective tomorrow");
        assertTrue(AccessRules.answer(List.of(tomorrow), TODAY.plusDays(1), null).allowed(), "effective today");
        DecisionView expired = decision(Outcome.GRANTED, TODAY.minusYears(1), TODAY.minusDays(1), null, List.of());
        assertFalse(AccessRules.answer(List.of(expired), TODAY, null).allowed(), "expired yesterday");
        assertTrue(AccessRules.answer(List.of(expired), TODAY.minusDays(1), null).allowed(), "the last day counts");
        DecisionView revoked = decision(Outcome.GRANTED, TODAY.minusYears(1), TODAY.plusYears(1), TODAY, List.of());
        assertFalse(AccessRules.answer(List.of(revoked), TODAY, null).allowed(), "revoked from today");
        assertTrue(AccessRules.answer(List.of(revoked), TODAY.minusDays(1), null).allowed(), "before the revocation");
    }

    @Test
    void theNewestDecisionInForceDecides() {
        DecisionView granted = decision(Outcome.GRANTED, TODAY.minusYears(1), TODAY.plusYears(1), null, List.of());
        DecisionView correctionRefuses = decision(Outcome.REFUSED, TODAY, null, null, List.of());
        assertFalse(AccessRules.answer(List.of(correctionRefuses, granted), TODAY, null).allowed());
        assertTrue(AccessRules.answer(List.of(correctionRefuses, granted), TODAY.minusDays(1), null).allowed(), "before the correction took effect");
    }

    @Test
    void aProvisionalReliefSuspendingARevocationLetsThePersonInAgainForItsPeriod() {
        DecisionView granted = decision(Outcome.GRANTED, TODAY.minusYears(1), TODAY.plusYears(1), TODAY, List.of());
        DecisionView suspendedRevocation = new DecisionView(ids++, "KVS-2026-000001-B9", 1, "KVS-2026-000001", 7, 11, "Lab", "P-1", "A. Person",
                Outcome.REVOKED, List.of(), "reasons", "basis", "ANNEX2", 1, "assessor", "decider", null, TODAY, TODAY, TODAY, null, null, null, 0,
                granted.id(), TODAY.plusDays(2), TODAY.plusDays(5));
        List<DecisionView> newestFirst = List.of(suspendedRevocation, granted);
        assertFalse(AccessRules.answer(newestFirst, TODAY, null).allowed(), "revoked from today");
        AccessAnswer during = AccessRules.answer(newestFirst, TODAY.plusDays(3), null);
        assertTrue(during.allowed(), "while the court suspends the revocation, the grant holds");
        assertEquals(granted.reference(), during.decision());
        assertFalse(AccessRules.answer(newestFirst, TODAY.plusDays(6), null).allowed(), "after the relief the revocation holds again");
    }

    @Test
    void aClosedUnitLetsNobodyIn() {
        DecisionView granted = decision(Outcome.GRANTED, TODAY.minusYears(1), TODAY.plusYears(1), null, List.of());
        assertFalse(AccessRules.answer(List.of(granted), TODAY, TODAY).allowed());
        assertTrue(AccessRules.answer(List.of(granted), TODAY.minusDays(1), TODAY).allowed());
    }

    @Test
    void noDecisionIsNo() {
        AccessAnswer answer = AccessRules.answer(List.of(), TODAY, null);
        assertFalse(answer.allowed());
        assertNull(answer.decision());
    }
}
