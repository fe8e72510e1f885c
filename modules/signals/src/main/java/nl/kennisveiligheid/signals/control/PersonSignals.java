package nl.kennisveiligheid.signals.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kennisveiligheid.signals.api.CountryIndicator;
import nl.kennisveiligheid.signals.api.CountryIndicators;
import nl.kennisveiligheid.signals.api.CountrySignal;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.HitExplanation;
import nl.kennisveiligheid.signals.api.ListKind;
import nl.kennisveiligheid.signals.api.PersonProfile;
import nl.kennisveiligheid.signals.api.SanctionsHit;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.api.SignalKind;
import nl.kennisveiligheid.signals.api.SubjectKind;
import nl.kennisveiligheid.signals.api.Tie;
import nl.kennisveiligheid.signals.control.matching.SanctionsMatcher;

/**
 * The signals of one person (domain guide §4), computed, not stored: the hits of the person's names on the sanctions
 * lists and of the organisations (affiliations within the look-back period, funders) on the sanctions lists and the
 * lists of organisations of concern; and the facts from the request and the country indicators: countries of concern,
 * curtailed academic freedom, a low democracy index, funding by a foreign state body, scholarships, the Annex 2
 * entries. Pure: the matcher and the indicators are given.
 */
public final class PersonSignals {

    /** The person as the subject of a hit on a name. */
    public static final String PERSON = "person";

    /**
     * A signal found: its kind, what it is about, the list or indicator and edition, for a hit the designation with
     * its fingerprint, score and explanation; the values it names ({@code details}).
     */
    public record Found(SignalKind kind, String about, String source, Long editionId, String reference, String designationName,
                        String riskLevel, String fingerprint, Double score, HitExplanation explanation, List<String> details) {

        /** What makes two findings the same signal of a report. */
        public String key() {
            return PersonSignals.key(kind, about, source, reference, details);
        }
    }

    /** What makes two signals of a report the same one: a hit by its subject, list and designation, a fact by its values. */
    public static String key(SignalKind kind, String about, String source, String reference, List<String> details) {
        return kind + "|" + about + "|" + (kind.hit() ? source + "|" + reference : String.join("|", details));
    }

    private PersonSignals() {
    }

    /** Every signal of {@code profile} on {@code today}, affiliations looked at {@code lookbackYears} back. */
    public static List<Found> of(PersonProfile profile, SanctionsMatcher matcher, double threshold, CountryIndicators countries,
                                 LocalDate today, int lookbackYears) {
        List<Found> found = new ArrayList<>(hits(profile, matcher, threshold, today, lookbackYears));
        found.addAll(facts(profile, countries, today, lookbackYears));
        return found;
    }

    /** Only the hits on the lists (re-screening after a list changed checks these against what changed). */
    public static List<Found> hits(PersonProfile profile, SanctionsMatcher matcher, double threshold, LocalDate today, int lookbackYears) {
        Map<String, Found> best = new LinkedHashMap<>();
        String nationality = profile.nationalities().isEmpty() ? null : profile.nationalities().get(0);
        LocalDate birth = profile.birthDate();
        for (String name : profile.names()) {
            for (SanctionsHit hit : matcher.screen(new ScreeningQuery(name, birth, nationality, SubjectKind.PERSON), threshold)) {
                if (hit.source().kind() == ListKind.SANCTIONS) {
                    keepBest(best, hit(SignalKind.PERSON_SANCTIONED, PERSON, hit, matcher));
                }
            }
        }
        for (Tie tie : profile.ties()) {
            if (tie.organisation() == null || tie.organisation().isBlank() || !within(tie, today, lookbackYears)) {
                continue;
            }
            for (SanctionsHit hit : matcher.screen(new ScreeningQuery(tie.organisation(), null, tie.country(), SubjectKind.ENTITY), threshold)) {
                SignalKind kind = hit.source().kind() == ListKind.SANCTIONS ? SignalKind.ORGANISATION_SANCTIONED
                        : tie.funder() ? SignalKind.FUNDER_OF_CONCERN : SignalKind.AFFILIATION_OF_CONCERN;
                keepBest(best, hit(kind, tie.organisation().trim(), hit, matcher));
            }
        }
        return List.copyOf(best.values());
    }

    /** The facts: countries, funding, scholarships, Annex 2 entries. */
    static List<Found> facts(PersonProfile profile, CountryIndicators countries, LocalDate today, int lookbackYears) {
        List<Found> found = new ArrayList<>();
        // the person's countries, each with where it comes from (nationality, birth, affiliation)
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        profile.nationalities().forEach(c -> roles.computeIfAbsent(c, k -> new LinkedHashSet<>()).add("nationality"));
        if (profile.birthCountry() != null && !profile.birthCountry().isBlank()) {
            roles.computeIfAbsent(profile.birthCountry(), k -> new LinkedHashSet<>()).add("birth");
        }
        for (Tie tie : profile.ties()) {
            if (tie.kind() == Tie.Kind.AFFILIATION && tie.country() != null && within(tie, today, lookbackYears)) {
                roles.computeIfAbsent(tie.country(), k -> new LinkedHashSet<>()).add("affiliation");
            }
        }
        for (var entry : roles.entrySet()) {
            String country = entry.getKey();
            String where = String.join(",", entry.getValue());
            for (CountrySignal signal : countries.signalsOf(country)) {
                switch (signal.indicator()) {
                    case THREAT_ASSESSMENT -> {
                        Set<String> own = new LinkedHashSet<>(entry.getValue());
                        own.remove("affiliation");
                        if (!own.isEmpty()) {
                            found.add(fact(SignalKind.COUNTRY_OF_CONCERN, country, signal, List.of(country, String.join(",", own),
                                    signal.source(), String.valueOf(signal.year()))));
                        }
                    }
                    case ACADEMIC_FREEDOM -> found.add(fact(SignalKind.ACADEMIC_FREEDOM_CURTAILED, country, signal, List.of(country,
                            signal.value().toPlainString(), String.valueOf(signal.year()), signal.source(), where)));
                    case DEMOCRACY_INDEX -> found.add(fact(SignalKind.LOW_DEMOCRACY_INDEX, country, signal, List.of(country,
                            signal.value().toPlainString(), String.valueOf(signal.year()), signal.source(), where)));
                }
            }
        }
        for (Tie tie : profile.ties()) {
            String organisation = tie.organisation() == null || tie.organisation().isBlank() ? "-" : tie.organisation().trim();
            String country = tie.country() == null ? "" : tie.country();
            CountrySignal threat = threat(countries, tie.country());
            if (tie.kind() == Tie.Kind.AFFILIATION) {
                if (threat != null && within(tie, today, lookbackYears)) {
                    found.add(fact(SignalKind.AFFILIATION_IN_COUNTRY_OF_CONCERN, organisation, threat,
                            List.of(country, day(tie.from()), day(tie.to()))));
                }
                continue;
            }
            if (tie.kind() == Tie.Kind.STATE_FUNDING) {
                found.add(new Found(SignalKind.FOREIGN_STATE_FUNDING, organisation, null, null, null, null, null, null, null, null,
                        List.of(country)));
            }
            if (tie.kind() == Tie.Kind.SCHOLARSHIP && threat != null) {
                found.add(fact(SignalKind.SCHOLARSHIP_FROM_COUNTRY_OF_CONCERN, organisation, threat, List.of(country)));
            }
            if (tie.kind() == Tie.Kind.SCHOLARSHIP && tie.topicAndSupervisionFromHomeCountry() && tie.from() != null && tie.to() != null
                    && tie.to().isBefore(tie.from().plusYears(2))) {
                found.add(new Found(SignalKind.SHORT_SCHOLARSHIP_FROM_HOME_COUNTRY, organisation, null, null, null, null, null, null, null,
                        null, List.of(country, day(tie.from()), day(tie.to()))));
            }
        }
        for (String entry : profile.annexEntries()) {
            found.add(new Found(SignalKind.ANNEX_ENTRY, entry, null, null, null, null, null, null, null, null, List.of()));
        }
        return found;
    }

    /** Whether a tie falls within the look-back: it lasts, or ended at most {@code years} before {@code today}. */
    static boolean within(Tie tie, LocalDate today, int years) {
        return tie.funder() || tie.to() == null || !tie.to().isBefore(today.minusYears(years));
    }

    /** A fingerprint of what a designation says: it changes when the list changes the designation. */
    public static String fingerprint(Designation designation) {
        if (designation == null) {
            return null;
        }
        StringBuilder text = new StringBuilder().append(designation.reference()).append('\u001f').append(designation.kind())
                .append('\u001f').append(designation.regime()).append('\u001f').append(designation.riskLevel());
        designation.names().stream().map(n -> n.quality() + ":" + n.name()).sorted().forEach(n -> text.append('\u001f').append(n));
        designation.birthDates().stream().sorted().forEach(d -> text.append('\u001e').append(d));
        designation.nationalities().stream().sorted().forEach(d -> text.append('\u001d').append(d));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Found hit(SignalKind kind, String about, SanctionsHit hit, SanctionsMatcher matcher) {
        Designation designation = matcher.designation(hit);
        String riskLevel = designation == null ? null : designation.riskLevel();
        return new Found(kind, about, hit.source().name(), hit.editionId(), hit.reference(), hit.name(), riskLevel, fingerprint(designation),
                Math.round(hit.score() * 1000) / 1000.0, hit.explanation(), hit.regime() == null ? List.of() : List.of(hit.regime()));
    }

    private static void keepBest(Map<String, Found> best, Found found) {
        best.merge(found.key(), found, (a, b) -> b.score() > a.score() ? b : a);
    }

    private static Found fact(SignalKind kind, String about, CountrySignal signal, List<String> details) {
        return new Found(kind, about, signal.indicator().name(), signal.editionId(), null, null, null, null, null, null, details);
    }

    private static CountrySignal threat(CountryIndicators countries, String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        return countries.signalsOf(country).stream().filter(s -> s.indicator() == CountryIndicator.THREAT_ASSESSMENT).findFirst().orElse(null);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
