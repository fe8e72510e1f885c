package nl.kennisveiligheid.platform.api;

/**
 * Who did something, as a reader expects to see it: a recorded actor ({@code officer.uni},
 * {@code token:3:Instellingssysteem}, {@code system}) as the person's name, or for an API token the person who
 * issued it and the token's label. Gives a {@link Text}, so the reader's language applies.
 */
public interface ActorNames {

    /** The actor as a reader sees it; an actor no longer known is shown as recorded. */
    Text describe(String recordedActor);
}
