package nl.kennisveiligheid.platform.api;

/** The kinds of knowledge institution named in Annex 1 of the bill. */
public enum InstitutionKind {
    UNIVERSITY,
    UNIVERSITY_OF_APPLIED_SCIENCES,
    UNIVERSITY_MEDICAL_CENTRE,
    TO2_INSTITUTE
}
