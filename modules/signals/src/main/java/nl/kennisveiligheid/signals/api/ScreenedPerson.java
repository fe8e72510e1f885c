package nl.kennisveiligheid.signals.api;

/** A person a module declares as screened: whose, and what to screen. */
public record ScreenedPerson(ScreenedSubject subject, PersonProfile profile) {
}
