package nl.kennisveiligheid.app.it;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.control.identity.ApiTokens;
import nl.kennisveiligheid.platform.control.identity.UserAccounts;

/**
 * People for in-container tests: a person with a role (a user account of their own) and a personal API token that acts
 * as them. Persons, not tokens, take the steps four eyes compares, so a test that needs a second list administrator or
 * decider makes a second person.
 */
public final class TestPeople {

    private TestPeople() {
    }

    /** A new person {@code username} with {@code role} (of {@code institutionId} for an institution role) and a personal token of theirs, valid a day. */
    public static String personalToken(UserAccounts users, ApiTokens tokens, String username, Role role, Long institutionId) {
        users.create(username, "Test " + username, role.isInstitutional() ? institutionId : null, "test-password-not-used".toCharArray(), false,
                Set.of(role));
        return tokens.issuePersonal("test " + username, role, username, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).token();
    }
}
