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
 * Demo users (one per institution role in each demo institution, one per authority role), a personal API token of the
 * demo user of each role (Demo Universiteit's for the institution roles) and a system token of Demo Universiteit's badge
 * gate, all listed in the README. Demo users need not change their password.
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
        user("officer.uni", "Olga Officier", "Adviseur kennisveiligheid", university, Role.INSTITUTION_OFFICER);
        user("admin.uni", "Arend Beheerder", "Functioneel beheerder", university, Role.INSTITUTION_ADMIN);
        user("officer.hs", "Hanna Officier", "Adviseur kennisveiligheid", college, Role.INSTITUTION_OFFICER);
        user("admin.hs", "Bram Beheerder", "Functioneel beheerder", college, Role.INSTITUTION_ADMIN);
        user("assessor", "Toon Toetser", "Behandelaar screening", null, Role.AUTHORITY_ASSESSOR);
        user("decider", "Bea Beslisser", "Hoofd afdeling Besluitvorming", null, Role.AUTHORITY_DECIDER);
        user("listadmin", "Lies Lijstbeheerder", "Beheerder Bijlage 2", null, Role.LIST_ADMIN);
        user("sysadmin", "Sam Systeembeheerder", "Systeembeheerder", null, Role.SYSTEM_ADMIN);
        user("auditor", "Aad Auditor", "Auditor", null, Role.AUDITOR);
        var expires = clock.now().atOffset(ZoneOffset.UTC).plusYears(1);
        for (Role role : Role.values()) {
            tokens.storeForPerson("demo-" + role.name().toLowerCase().replace('_', '-'), role, demoUser(role), expires, demoToken(role));
        }
        tokens.storeForSystem("demo-badge-system", Role.INSTITUTION_OFFICER, university, expires, BADGE_SYSTEM_TOKEN);
    }

    /** The documented value of the system token of Demo Universiteit's badge gate (a system: it checks access, it takes no human step). */
    public static final String BADGE_SYSTEM_TOKEN = "demo-token-badge-system";

    /** The demo user of a role (Demo Universiteit's for the institution roles), whose personal token is the role's demo token. */
    public static String demoUser(Role role) {
        return switch (role) {
            case INSTITUTION_OFFICER -> "officer.uni";
            case INSTITUTION_ADMIN -> "admin.uni";
            case AUTHORITY_ASSESSOR -> "assessor";
            case AUTHORITY_DECIDER -> "decider";
            case LIST_ADMIN -> "listadmin";
            case SYSTEM_ADMIN -> "sysadmin";
            case AUDITOR -> "auditor";
        };
    }

    /** The documented value of a role's demo token, e.g. {@code demo-token-institution-officer}. */
    public static String demoToken(Role role) {
        return "demo-token-" + role.name().toLowerCase().replace('_', '-');
    }

    private void user(String username, String name, String jobTitle, Long institution, Role role) {
        users.create(username, name, institution, DEMO_PASSWORD.toCharArray(), false, Set.of(role)).setJobTitle(jobTitle);
    }
}
