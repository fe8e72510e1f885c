package nl.kennisveiligheid.screening.api;

/** The kind of identity document the person showed. */
public enum IdentityDocumentType {
    PASSPORT,
    IDENTITY_CARD,
    RESIDENCE_PERMIT
}
