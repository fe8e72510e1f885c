package nl.kennisveiligheid.signals.api;

/** A screener's judgement of a hit: it is the listed one (confirmed) or it is not (dismissed); either with a reason. */
public record Judgement(Verdict verdict, String reason) {

    public enum Verdict {
        CONFIRMED,
        DISMISSED
    }
}
