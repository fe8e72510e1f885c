package nl.kennisveiligheid.decisions.api;

/** Where an assessment stands: being worked on, prepared for signing (four eyes), or signed into a decision. */
public enum AssessmentState {
    IN_PROGRESS,
    PREPARED,
    SIGNED
}
