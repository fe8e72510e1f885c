package nl.kennisveiligheid.decisions.control.letters;

/**
 * The sender of every letter, as a Dutch government letter gives it: the authority's name, where to visit and write
 * to, how to reach it, and where objections go (settings {@code decisions.letter.*}, {@code decisions.objection-address}).
 * Addresses hold their lines separated by new lines.
 */
public record Letterhead(String authority, String visitingAddress, String postalAddress, String phone, String email, String website,
                         String objectionAddress) {
}
