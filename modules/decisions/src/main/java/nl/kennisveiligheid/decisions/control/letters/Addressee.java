package nl.kennisveiligheid.decisions.control.letters;

/**
 * To whom a letter goes.
 *
 * @param name          the institution (the applicant)
 * @param attention     for the attention of (the officer who submitted the request), or {@code null}
 * @param postalAddress its postal address, lines separated by new lines, or {@code null} when the institution gave none
 */
public record Addressee(String name, String attention, String postalAddress) {
}
