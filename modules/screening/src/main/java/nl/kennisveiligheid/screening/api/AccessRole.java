package nl.kennisveiligheid.screening.api;

/** The person's role in the unit. */
public enum AccessRole {
    PHD_CANDIDATE,
    RESEARCHER,
    MASTER_STUDENT,
    TECHNICAL_STAFF,
    GUEST_RESEARCHER,
    OTHER
}
