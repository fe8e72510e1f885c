package nl.kennisveiligheid.decisions.control.letters;

import java.time.LocalDate;

/** The version of Annex 2 a decision was taken under, in words: its name in both languages, number and first day. */
public record ListUsed(String nameNl, String nameEn, int version, LocalDate effectiveFrom) {

    public String name(boolean english) {
        return english ? nameEn : nameNl;
    }
}
