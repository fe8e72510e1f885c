package nl.kennisveiligheid.decisions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.kennisveiligheid.decisions.control.AccessRules;

/**
 * The one rule of "in force", over generated decision histories of one person and unit: grants, refusals and
 * corrections signed one after the other, revocations that take effect later, provisional relief of a decision or of a
 * revocation, expiry, and a unit that closes. The access check, the register's standing, the expiry notices and the
 * people re-screened (and named when the unit closes) agree on every day, and the queries' candidate conditions (as the
 * SQL of {@code DecidedPeople}, {@code ExpiryNotices} and {@code DecisionRegister.validForUnit} writes them) select a
 * superset of what the rule keeps.
 */
class DecisionStandingPropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2027, 1, 1);
    private static final List<Outcome> OUTCOMES = List.of(Outcome.GRANTED, Outcome.GRANTED_WITH_CONDITIONS, Outcome.REFUSED, Outcome.NOT_PROCESSED);

    /** One decision as generated: what it is and its dates, before the history ties revocations and reliefs to others. */
    record Step(int outcome, int effectiveIn, Integer validFor, boolean revokesEarlier, int revocationIn, Integer reliefIn, Integer reliefFor) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, OUTCOMES.size() - 1), Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 120).injectNull(0.3), Arbitraries.of(true, false).map(b -> b).injectDuplicates(0),
                        Arbitraries.integers().between(0, 90), Arbitraries.integers().between(0, 120).injectNull(0.7),
                        Arbitraries.integers().between(0, 40).injectNull(0.3))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(6);
    }

    /** The history, newest signed first: ids and signing times in the order generated. */
    static List<DecisionView> build(List<Step> steps) {
        List<DecisionView> signed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            long id = i + 1;
            Optional<DecisionView> revoked = s.revokesEarlier()
                    ? signed.stream().filter(d -> d.outcome().allowsAccess() && d.revokedFrom() == null).reduce((a, b) -> b) : Optional.empty();
            LocalDate effective = BASE.plusDays(s.effectiveIn() + i);
            LocalDate relief = s.reliefIn() == null ? null : BASE.plusDays(s.reliefIn());
            LocalDate reliefUntil = relief == null || s.reliefFor() == null ? null : relief.plusDays(s.reliefFor());
            if (revoked.isPresent()) { // a revocation: the revoked grant gets its revokedFrom, the revocation its own dates
                DecisionView grant = revoked.get();
                signed.set(signed.indexOf(grant), with(grant, effective));
                signed.add(decision(id, Outcome.REVOKED, effective, null, grant.id(), relief, reliefUntil));
            } else {
                Outcome outcome = OUTCOMES.get(s.outcome());
                LocalDate expires = outcome.allowsAccess() && s.validFor() != null ? effective.plusDays(s.validFor()) : null;
                signed.add(decision(id, outcome, effective, expires, null, relief, reliefUntil));
            }
        }
        List<DecisionView> newestFirst = new ArrayList<>(signed);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Property(tries = 250)
    void theAccessCheckTheRegisterTheExpiryNoticesAndTheReScreensAgree(@ForAll("histories") List<Step> steps,
                                                                         @ForAll("closing") Integer closedIn) {
        List<DecisionView> history = build(steps);
        LocalDate closedOn = closedIn == null ? null : BASE.plusDays(closedIn);
        for (LocalDate day = BASE.minusDays(3); !day.isAfter(BASE.plusDays(200)); day = day.plusDays(1)) {
            LocalDate today = day;
            Optional<DecisionView> deciding = DecisionStanding.deciding(history, day);
            long inForce = history.stream().filter(d -> DecisionStanding.of(d, history, today) == DecisionStanding.IN_FORCE).count();
            assertTrue(inForce <= 1, "at most one decision in force on " + day + ": " + history);
            assertEquals(deciding.isPresent() ? 1 : 0, inForce, "the one in force decides on " + day);
            deciding.ifPresent(d -> assertEquals("IN_FORCE", RegisterEntry.status(d, history, today), "the register says the deciding one is in force"));

            boolean open = closedOn == null || day.isBefore(closedOn);
            AccessAnswer answer = AccessRules.answer(history, day, closedOn);
            assertEquals(deciding.isPresent() && deciding.get().outcome().allowsAccess() && open, answer.allowed(),
                    "the access check follows the deciding decision on " + day + ": " + history);
            if (answer.allowed()) {
                DecisionView d = deciding.get();
                assertTrue(DecisionStanding.givesAccessNowOrLater(d, history, today), "whoever may enter on " + day + " is re-screened");
            }
            for (DecisionView d : history) {
                boolean kept = DecisionStanding.givesAccessNowOrLater(d, history, today);
                boolean candidate = d.outcome().allowsAccess() && (d.expiresOn() == null || !d.expiresOn().isBefore(today)); // DecidedPeople's SQL
                assertTrue(!kept || candidate, "the re-screen query selects a superset on " + day);
                boolean notDecidedLater = !today.isBefore(d.effectiveFrom()) || DecisionStanding.of(d, history, d.effectiveFrom()) != DecisionStanding.REPLACED;
                if (kept && !today.isBefore(d.effectiveFrom())) {
                    DecisionStanding standing = DecisionStanding.of(d, history, today);
                    assertTrue(standing == DecisionStanding.IN_FORCE || standing == DecisionStanding.SUSPENDED, d + " on " + day);
                }
                assertTrue(notDecidedLater || !kept, "a decision replaced by the day it takes effect is not screened for it");
            }
        }
        for (DecisionView d : history) {
            boolean noticed = DecisionStanding.expiryToBeNoticed(d, history);
            boolean candidate = d.outcome().allowsAccess() && d.expiresOn() != null; // ExpiryNotices' SQL
            assertTrue(!noticed || candidate, "the expiry query selects a superset");
            if (d.expiresOn() != null) {
                Optional<DecisionView> onLastDay = DecisionStanding.deciding(history, d.expiresOn());
                assertEquals(d.outcome().allowsAccess() && onLastDay.isPresent() && onLastDay.get().id() == d.id(), noticed,
                        "told of the expiry exactly when it still decides on its last day: " + d);
            }
        }
    }

    @Provide
    Arbitrary<Integer> closing() {
        return Arbitraries.integers().between(0, 200).injectNull(0.6);
    }

    private static DecisionView with(DecisionView d, LocalDate revokedFrom) {
        return new DecisionView(d.id(), d.reference(), d.requestId(), d.requestReference(), d.institutionId(), d.unitId(), d.unitName(),
                d.personReference(), d.personName(), d.outcome(), d.conditions(), d.reasons(), d.legalBasis(), d.listCode(), d.listVersion(),
                d.preparedBy(), d.signedBy(), d.signedAt(), d.decidedOn(), d.sentOn(), d.effectiveFrom(), d.expiresOn(), revokedFrom, d.dueOn(),
                d.daysLate(), d.correctsId(), d.suspendedFrom(), d.suspendedUntil());
    }

    private static DecisionView decision(long id, Outcome outcome, LocalDate effective, LocalDate expires, Long corrects, LocalDate reliefFrom,
                                         LocalDate reliefUntil) {
        return new DecisionView(id, "KVS-2027-000001-B" + id, 1, "KVS-2027-000001", 7, 11, "Lab", "P-1", "A. Person", outcome, List.of(),
                "reasons", "basis", "ANNEX2", 1, "assessor", "decider", OffsetDateTime.of(2027, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC).plusMinutes(id),
                effective, effective, effective, expires, null, null, 0, corrects, reliefFrom, reliefUntil);
    }
}
