package nl.kennisveiligheid.signals.api;

/** One name of a designation as the publisher gives it, with its quality and whether it is in the original script. */
public record DesignationName(String name, NameQuality quality, boolean originalScript) {
}
