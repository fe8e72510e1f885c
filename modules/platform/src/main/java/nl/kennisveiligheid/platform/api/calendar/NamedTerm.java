package nl.kennisveiligheid.platform.api.calendar;

/**
 * The terms of the screening procedure, by name: their length and whether a law sets them (only then the
 * Algemene termijnenwet applies). The screening module counts its terms with these.
 */
public enum NamedTerm {
    /** The decision period for a screening request (4 weeks, set by the law). */
    DECISION_PERIOD(Term.weeks(4), true),
    /** One extension of the decision period (Awb 4:14), 4 weeks. */
    EXTENSION(Term.weeks(4), true),
    /** The term the authority sets for a supplement (Awb 4:5): its own, so the Atw does not apply. */
    SUPPLEMENT(Term.weeks(2), false),
    /** The objection term (Awb 6:7), from the day after the decision was sent (Awb 6:8). */
    OBJECTION(Term.weeks(6), true),
    /** The period for deciding on an objection (Awb 7:10), from the day after the objection term ended. */
    OBJECTION_DECISION(Term.weeks(6), true);

    private final Term term;
    private final boolean statutory;

    NamedTerm(Term term, boolean statutory) {
        this.term = term;
        this.statutory = statutory;
    }

    public Term term() {
        return term;
    }

    public boolean statutory() {
        return statutory;
    }
}
