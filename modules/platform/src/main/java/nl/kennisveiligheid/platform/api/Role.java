package nl.kennisveiligheid.platform.api;

/** The roles of the product. Institution roles belong to exactly one institution; the others to none. */
public enum Role {
    INSTITUTION_OFFICER(true),
    INSTITUTION_ADMIN(true),
    AUTHORITY_ASSESSOR(false),
    AUTHORITY_DECIDER(false),
    LIST_ADMIN(false),
    SYSTEM_ADMIN(false),
    AUDITOR(false);

    private final boolean institutional;

    Role(boolean institutional) {
        this.institutional = institutional;
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
