package nl.kennisveiligheid.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.kennisveiligheid.platform.api.Role;
import org.junit.jupiter.api.Test;

/** A system's token holds only a role given to systems; a person's token only a role of that person. */
class ApiTokenTest {

    private static final OffsetDateTime LATER = OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void noAdministratorOrDeciderRoleIsEverASystems() {
        assertEquals(List.of(Role.INSTITUTION_OFFICER), Role.systemRoles(true));
        assertEquals(List.of(Role.AUTHORITY_ASSESSOR, Role.LIST_ADMIN, Role.AUDITOR), Role.systemRoles(false));
        for (Role role : List.of(Role.AUTHORITY_DECIDER, Role.SYSTEM_ADMIN)) {
            assertThrows(IllegalArgumentException.class, () -> ApiToken.forSystem("x", "h", "p", role, null, LATER), role.name());
        }
        assertThrows(IllegalArgumentException.class, () -> ApiToken.forSystem("x", "h", "p", Role.INSTITUTION_ADMIN, 1L, LATER));
        assertThrows(IllegalArgumentException.class, () -> ApiToken.forSystem("x", "h", "p", Role.INSTITUTION_OFFICER, null, LATER),
                "an institution's role with its institution");
    }

    @Test
    void aPersonsTokenHasOneOfTheirOwnRoles() {
        UserAccount assessor = new UserAccount("toetser", "T. Toetser", null, "hash", false, Set.of(Role.AUTHORITY_ASSESSOR));
        assertEquals(Role.AUTHORITY_ASSESSOR, ApiToken.forPerson("x", "h", "p", Role.AUTHORITY_ASSESSOR, assessor, LATER).getRole());
        assertThrows(IllegalArgumentException.class, () -> ApiToken.forPerson("x", "h", "p", Role.AUTHORITY_DECIDER, assessor, LATER));
    }
}
