package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.Set;
import nl.kennisveiligheid.platform.api.DemoDataContributor;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;

/**
 * Demo users (one per institution role in each demo institution, one per authority role) and one API token
 * per role, all listed in the README. Demo users need not change their password.
 */
@ApplicationScoped
public class PlatformDemoIdentities implements DemoDataContributor {

    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "Demo-wachtwoord-2026";

    @Inject
    UserAccounts users;

    @Inject
    ApiTokens tokens;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    PlatformClock clock;

    @Override
    public String key() {
        return "platform.identities";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public void seed() {
        long university = institutions.byCode("DEMO-UNI").orElseThrow().id();
        long college = institutions.byCode("DEMO-HS").orElseThrow().id();
        user("officer.uni", "Olga Officier (Demo Universiteit)", university, Role.INSTITUTION_OFFICER);
        user("admin.uni", "Arend Beheerder (Demo Universiteit)", university, Role.INSTITUTION_ADMIN);
        user("officer.hs", "Hanna Officier (Demo Hogeschool)", college, Role.INSTITUTION_OFFICER);
        user("admin.hs", "Bram Beheerder (Demo Hogeschool)", college, Role.INSTITUTION_ADMIN);
        user("assessor", "Toon Toetser (screeningsautoriteit)", null, Role.AUTHORITY_ASSESSOR);
        user("decider", "Bea Beslisser (screeningsautoriteit)", null, Role.AUTHORITY_DECIDER);
        user("listadmin", "Lies Lijstbeheerder", null, Role.LIST_ADMIN);
        user("sysadmin", "Sam Systeembeheerder", null, Role.SYSTEM_ADMIN);
        user("auditor", "Aad Auditor", null, Role.AUDITOR);
        var expires = clock.now().atOffset(ZoneOffset.UTC).plusYears(1);
        for (Role role : Role.values()) {
            Long institution = role.isInstitutional() ? university : null;
            tokens.store("demo-" + role.name().toLowerCase().replace('_', '-'), role, institution, expires, demoToken(role));
        }
    }

    /** The documented value of a role's demo token, e.g. {@code demo-token-institution-officer}. */
    public static String demoToken(Role role) {
        return "demo-token-" + role.name().toLowerCase().replace('_', '-');
    }

    private void user(String username, String name, Long institution, Role role) {
        users.create(username, name, institution, DEMO_PASSWORD.toCharArray(), false, Set.of(role));
    }
}
