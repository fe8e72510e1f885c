package nl.kennisveiligheid.signals.api;

/** What a designation names: a natural person or an entity (organisation, company, vessel, ...). */
public enum SubjectKind {
    PERSON, ENTITY
}
