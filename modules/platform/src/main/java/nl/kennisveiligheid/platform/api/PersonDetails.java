package nl.kennisveiligheid.platform.api;

/**
 * A person as a letter names them: their name and function (job title).
 *
 * @param name     the person's name as they are known ("Bea Beslisser")
 * @param function their function ("Hoofd afdeling Besluitvorming"), or {@code null} when none was given
 */
public record PersonDetails(String name, String function) {
}
