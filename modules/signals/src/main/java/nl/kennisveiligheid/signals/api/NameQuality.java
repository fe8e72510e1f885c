package nl.kennisveiligheid.signals.api;

/** How a designation's publisher rates a name: the primary name, a good alias, or a low-quality (weak) a.k.a. */
public enum NameQuality {
    PRIMARY, GOOD, LOW
}
