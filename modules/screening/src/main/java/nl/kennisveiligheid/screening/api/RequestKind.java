package nl.kennisveiligheid.screening.api;

/** Why access is asked: for the first time, for another unit or role (linked to the earlier request), or again. */
public enum RequestKind {
    FIRST_ACCESS,
    CHANGE,
    RENEWAL
}
