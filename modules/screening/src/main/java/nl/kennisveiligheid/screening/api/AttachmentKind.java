package nl.kennisveiligheid.screening.api;

/** What an attachment of a request is. */
public enum AttachmentKind {
    CV,
    PUBLICATIONS,
    /** Sent with the answer to a supplement request. */
    SUPPLEMENT,
    OTHER
}
