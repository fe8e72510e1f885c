package nl.kennisveiligheid.signals.api;

import java.util.List;

/**
 * The country indicators in force, for the signals of a person (country of birth, nationalities) and of an
 * organisation's country. No role check: the values are public reference data.
 */
public interface CountryIndicators {

    /** A country's values on every indicator in force (ISO 3166 alpha-2); empty for an unknown code. */
    List<CountrySignal> of(String country);

    /** Only those values of a country that are signals. */
    default List<CountrySignal> signalsOf(String country) {
        return of(country).stream().filter(CountrySignal::signal).toList();
    }
}
