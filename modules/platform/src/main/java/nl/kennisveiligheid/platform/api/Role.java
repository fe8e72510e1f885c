package nl.kennisveiligheid.platform.api;

/**
 * The roles of the product. Institution roles belong to exactly one institution; the others to none. Some roles may be
 * given to a system (an API token of an institution's badge or HR system, of the authority's case system): never the
 * roles that administer people and tokens or sign decisions, so that no administrator can hand out such a role through
 * a token. Whatever its role, a system never takes a step that needs a person (preparing, signing, hearing, deciding).
 */
public enum Role {
    INSTITUTION_OFFICER(true, true),
    INSTITUTION_ADMIN(true, false),
    AUTHORITY_ASSESSOR(false, true),
    AUTHORITY_DECIDER(false, false),
    LIST_ADMIN(false, true),
    SYSTEM_ADMIN(false, false),
    AUDITOR(false, true);

    private final boolean institutional;
    private final boolean forSystems;

    Role(boolean institutional, boolean forSystems) {
        this.institutional = institutional;
        this.forSystems = forSystems;
    }

    /** Whether a system (a system API token) may have this role. */
    public boolean isForSystems() {
        return forSystems;
    }

    /** The roles a system of an institution ({@code institutional}) or of the authority may have, in declaration order. */
    public static java.util.List<Role> systemRoles(boolean institutional) {
        return java.util.Arrays.stream(values()).filter(r -> r.forSystems && r.institutional == institutional).toList();
    }

    /** The roles that belong to an institution, in declaration order. */
    public static java.util.List<Role> institutionRoles() {
        return java.util.Arrays.stream(values()).filter(Role::isInstitutional).toList();
    }

    /** The roles that belong to no institution (the authority and the system), in declaration order. */
    public static java.util.List<Role> authorityRoles() {
        return java.util.Arrays.stream(values()).filter(r -> !r.institutional).toList();
    }

    /** Whether a user with this role belongs to an institution. */
    public boolean isInstitutional() {
        return institutional;
    }
}
