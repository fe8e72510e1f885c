package nl.kennisveiligheid.signals.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a sanctions list as its publisher gives it: the publisher's own reference (UN {@code KPe.043}, OFAC
 * {@code ent_num}, EU reference number, ...), person or entity, every name and alias, dates of birth as written
 * ({@code 1971}, {@code 1978-04-28}, {@code 1960-1965}), places of birth, nationalities as ISO 3166 alpha-2 codes
 * where the country is known (else as written; for an organisation the country it is in), the regime or programme
 * (for an organisation of concern its category), the day it was listed, and the risk level a list of organisations of
 * concern gives ({@code very high}, {@code high}, ...; null where the list gives none).
 */
public record Designation(String reference, SubjectKind kind, String regime, LocalDate listedOn, List<DesignationName> names,
                          List<String> birthDates, List<String> birthPlaces, List<String> nationalities, String riskLevel) {

    /** A designation without a risk level (every sanctions list). */
    public Designation(String reference, SubjectKind kind, String regime, LocalDate listedOn, List<DesignationName> names,
                       List<String> birthDates, List<String> birthPlaces, List<String> nationalities) {
        this(reference, kind, regime, listedOn, names, birthDates, birthPlaces, nationalities, null);
    }

    public Designation {
        names = List.copyOf(names);
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = List.copyOf(nationalities);
    }

    /** The primary name (the first name the publisher gives). */
    public String primaryName() {
        return names.stream().filter(n -> n.quality() == NameQuality.PRIMARY).map(DesignationName::name).findFirst()
                .orElse(names.isEmpty() ? reference : names.get(0).name());
    }
}
