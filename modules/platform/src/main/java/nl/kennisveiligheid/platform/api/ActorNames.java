package nl.kennisveiligheid.platform.api;

/**
 * Who did something, as a reader expects to see it: a recorded actor ({@code officer.uni},
 * {@code token:3:Instellingssysteem}, {@code system}) as the person's name, or for a system's API token the person who
 * issued it and the token's label; the system's own steps as the system's. To an institution's staff, the authority's
 * staff are shown by their function, not their name ({@code platform.authority-names-to-institutions} shows names).
 * Gives a {@link Text}, so the reader's language applies.
 */
public interface ActorNames {

    /** The actor as the current reader sees it; an actor no longer known is shown as recorded. */
    Text describe(String recordedActor);

    /** The person behind a recorded actor, with their function, for a letter they sign; empty for a system or an unknown actor. */
    java.util.Optional<PersonDetails> person(String recordedActor);
}
