package nl.kennisveiligheid.signals.api;

import java.math.BigDecimal;

/**
 * What is known of a country for knowledge security (domain guide §4): named in the threat assessments (a list the
 * authority keeps: China, Iran, North Korea, Russia; it can grow), the Academic Freedom Index (V-Dem; a signal at
 * 0.4 or lower) and the EIU Democracy Index (a signal at 5 or lower). Each is loaded as editions with its year and
 * source.
 */
public enum CountryIndicator {

    THREAT_ASSESSMENT(null),
    ACADEMIC_FREEDOM(new BigDecimal("0.4")),
    DEMOCRACY_INDEX(new BigDecimal("5"));

    private final BigDecimal signalAtOrBelow;

    CountryIndicator(BigDecimal signalAtOrBelow) {
        this.signalAtOrBelow = signalAtOrBelow;
    }

    /** The value at or below which a country is a signal (null: being named is the signal). */
    public BigDecimal signalAtOrBelow() {
        return signalAtOrBelow;
    }

    /** Whether a country with {@code value} on this indicator is a signal. */
    public boolean signals(BigDecimal value) {
        return signalAtOrBelow == null || (value != null && value.compareTo(signalAtOrBelow) <= 0);
    }

    /** The indicator a path segment names ({@code academic-freedom}, {@code ACADEMIC_FREEDOM}), if any. */
    public static java.util.Optional<CountryIndicator> of(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        String name = code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return java.util.Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
    }
}
