package nl.kennisveiligheid.screening.api;

/** Where the person's position or stay is paid from. */
public enum FundingKind {
    OWN_INSTITUTION,
    OWN_MEANS,
    FOREIGN_GOVERNMENT,
    FOREIGN_COMPANY,
    SCHOLARSHIP;

    /** Whether the funder (or the programme) must be named with its country. */
    public boolean needsFunder() {
        return this == FOREIGN_GOVERNMENT || this == FOREIGN_COMPANY || this == SCHOLARSHIP;
    }
}
