package nl.kennisveiligheid.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.control.identity.UserAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A locked account cannot be told apart from a wrong password by how long the answer takes (issue 11, finding 6: it
 * answered about five times faster). Median times over 60 tries, 30 of each, interleaved, within 10 % of each other.
 * Runs once, in the PostgreSQL run (a timing, not a database behaviour).
 */
@ExtendWith(ArquillianExtension.class)
class LoginTimingIT {

    private static final int TRIES = 30;

    @Inject
    UserAccounts users;

    @Inject
    InstitutionDirectory institutions;

    @Test
    void aLockedAccountAnswersAsSlowlyAsAWrongPassword() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long institution = institutions.byCode("DEMO-UNI").orElseThrow().id();
        char[] password = "Timing-wachtwoord-2026".toCharArray();
        String locked = "timing.locked." + suffix;
        String open = "timing.open." + suffix;
        users.create(locked, "Timing Locked", institution, password, false, Set.of(Role.INSTITUTION_OFFICER));
        users.create(open, "Timing Open", institution, password, false, Set.of(Role.INSTITUTION_OFFICER));
        for (int i = 0; i < 10 && users.check(locked, "wrong".toCharArray()) != UserAccounts.Check.LOCKED; i++) {
            // fail until the account locks
        }
        assertEquals(UserAccounts.Check.LOCKED, users.check(locked, "wrong".toCharArray()));

        List<Long> lockedTimes = new ArrayList<>();
        List<Long> wrongTimes = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            if (i % 3 == 0) {
                assertEquals(UserAccounts.Check.VALID, users.check(open, password), "a good login keeps the open account from locking");
            }
            long start = System.nanoTime();
            assertEquals(UserAccounts.Check.LOCKED, users.check(locked, "wrong".toCharArray()));
            lockedTimes.add(System.nanoTime() - start);
            start = System.nanoTime();
            assertEquals(UserAccounts.Check.INVALID, users.check(open, "wrong".toCharArray()));
            wrongTimes.add(System.nanoTime() - start);
        }
        double lockedMedian = median(lockedTimes);
        double wrongMedian = median(wrongTimes);
        assertTrue(Math.abs(lockedMedian - wrongMedian) <= 0.10 * wrongMedian,
                String.format("median locked %.1f ms, wrong password %.1f ms", lockedMedian / 1e6, wrongMedian / 1e6));
    }

    private static double median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
    }
}
