package nl.kennisveiligheid.decisions.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a decision stands on a day, within the history of its person's decisions for its unit: the one definition of
 * "in force" that the access check, the register's standing, the expiry notices, the people to re-screen and the people closing a unit names all use
 * (ADR 0025). Pure: from the decisions' dates alone, so nothing has to run at midnight.
 *
 * <p>In order: a decision is {@link #REVOKED} from its revocation's day, unless a provisional relief suspends the
 * revocation that day; {@link #NOT_YET_IN_FORCE} before its effective day; {@link #EXPIRED} after its last day;
 * {@link #SUSPENDED} while a relief suspends the decision itself; {@link #REPLACED} while a decision signed after it is in
 * force (the newest decision in force decides); {@link #IN_FORCE} otherwise. On any day at most one decision of a history is
 * in force: the deciding one.
 */
public enum DecisionStanding {
    IN_FORCE, NOT_YET_IN_FORCE, SUSPENDED, REVOKED, EXPIRED, REPLACED;

    /**
     * The standing of {@code decision} on {@code day}.
     *
     * @param newestFirst its person's decisions for its unit (it among them), newest signed first
     */
    public static DecisionStanding of(DecisionView decision, List<DecisionView> newestFirst, LocalDate day) {
        DecisionStanding own = alone(decision, newestFirst, day);
        if (own != IN_FORCE) {
            return own;
        }
        for (DecisionView newer : newestFirst) {
            if (newer.id() == decision.id()) {
                break; // the ones after it are older
            }
            if (alone(newer, newestFirst, day) == IN_FORCE) {
                return REPLACED;
            }
        }
        return IN_FORCE;
    }

    /** The decision that decides on {@code day}: the one in force, if any. */
    public static Optional<DecisionView> deciding(List<DecisionView> newestFirst, LocalDate day) {
        return newestFirst.stream().filter(d -> alone(d, newestFirst, day) == IN_FORCE).findFirst();
    }

    /**
     * Whether {@code decision} gives its person access now or will: positive, and in force (or suspended for a while) on
     * today or, when it takes effect later, on its effective day. The people the re-screens check, and the people closing
     * a unit names.
     */
    public static boolean givesAccessNowOrLater(DecisionView decision, List<DecisionView> newestFirst, LocalDate today) {
        if (!decision.outcome().allowsAccess()) {
            return false;
        }
        LocalDate from = today.isBefore(decision.effectiveFrom()) ? decision.effectiveFrom() : today;
        DecisionStanding standing = of(decision, newestFirst, from);
        return standing == IN_FORCE || standing == SUSPENDED;
    }

    /** Whether the institution is told that {@code decision} expires: a positive one that is still the deciding one on its last day. */
    public static boolean expiryToBeNoticed(DecisionView decision, List<DecisionView> newestFirst) {
        return decision.outcome().allowsAccess() && decision.expiresOn() != null && of(decision, newestFirst, decision.expiresOn()) == IN_FORCE;
    }

    /** The standing from the decision's own dates and the revocations in its history, before any newer decision is weighed. */
    private static DecisionStanding alone(DecisionView d, List<DecisionView> history, LocalDate day) {
        if (d.revokedFrom() != null && !day.isBefore(d.revokedFrom()) && !revocationSuspended(d, history, day)) {
            return REVOKED;
        }
        if (day.isBefore(d.effectiveFrom())) {
            return NOT_YET_IN_FORCE;
        }
        if (d.expiresOn() != null && day.isAfter(d.expiresOn())) {
            return EXPIRED; // also when a relief "until further notice" still stands: an expired decision is not suspended
        }
        if (d.suspendedOn(day)) {
            return SUSPENDED;
        }
        return IN_FORCE;
    }

    /** Whether a provisional relief suspends, on {@code day}, the revocation of {@code d}. */
    private static boolean revocationSuspended(DecisionView d, List<DecisionView> history, LocalDate day) {
        return history.stream().anyMatch(r -> r.outcome() == Outcome.REVOKED && Long.valueOf(d.id()).equals(r.correctsId()) && r.suspendedOn(day));
    }
}
