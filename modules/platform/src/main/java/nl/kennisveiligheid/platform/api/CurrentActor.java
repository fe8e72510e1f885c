package nl.kennisveiligheid.platform.api;

/** Who is acting in the current request: a user's name, a token's name, or {@code system}. */
public interface CurrentActor {

    String SYSTEM = "system";

    String name();
}
