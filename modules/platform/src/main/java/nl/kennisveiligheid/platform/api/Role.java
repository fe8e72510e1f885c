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

    /** Whether a user with this role belongs to an institution. */
    public boolean isInstitutional() {
        return institutional;
    }
}
