package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.SignalView;
import nl.kennisveiligheid.signals.entity.StoredSignal;

/**
 * A stored signal as its readers see it, with a sentence in the reader's language that names the evidence: the
 * designation and list for a hit, the country, value, year and source for a country signal, the funder and period
 * for funding.
 */
@ApplicationScoped
public class SignalDescriptions {

    @Inject
    Messages messages;

    public SignalView view(StoredSignal s) {
        return new SignalView(s.getId(), s.getKind().group(), s.getKind(), s.getState(), s.getAbout(), s.getSource(), sourceName(s.getSource()),
                s.getEditionId(),
                s.getReference(), s.getDesignationName(), s.getRiskLevel(), s.getScore(), SignalsReporting.explanation(s.getExplanation()),
                s.detailList(), describe(s), s.getRaisedAt(), s.getRaisedByEdition(), s.getJudgedBy(), s.getJudgedAt(), s.getReason(),
                s.getClosedByEdition());
    }

    /** The sentence for a signal in the reader's language. */
    String describe(StoredSignal s) {
        List<String> d = s.detailList();
        String key = "signal." + s.getKind().name();
        return switch (s.getKind()) {
            case PERSON_SANCTIONED, ORGANISATION_SANCTIONED, AFFILIATION_OF_CONCERN, FUNDER_OF_CONCERN -> text(key,
                    PersonSignals.PERSON.equals(s.getAbout()) ? text("signal.thePerson") : s.getAbout(), s.getDesignationName(),
                    sourceName(s.getSource()), s.getReference(), score(s.getScore()),
                    s.getRiskLevel() == null ? "" : text("signal.riskLevel", s.getRiskLevel()));
            case COUNTRY_OF_CONCERN -> text(key, country(at(d, 0)), roles(at(d, 1)), at(d, 2), at(d, 3));
            case ACADEMIC_FREEDOM_CURTAILED, LOW_DEMOCRACY_INDEX -> text(key, country(at(d, 0)), at(d, 1), at(d, 2), at(d, 3), roles(at(d, 4)));
            case AFFILIATION_IN_COUNTRY_OF_CONCERN -> text(key, s.getAbout(), country(at(d, 0)), period(at(d, 1), at(d, 2)));
            case FOREIGN_STATE_FUNDING, SCHOLARSHIP_FROM_COUNTRY_OF_CONCERN -> text(key, s.getAbout(), country(at(d, 0)));
            case SHORT_SCHOLARSHIP_FROM_HOME_COUNTRY -> text(key, s.getAbout(), country(at(d, 0)), period(at(d, 1), at(d, 2)));
            case ANNEX_ENTRY -> text(key, s.getAbout());
        };
    }

    /** A list's name in the reader's language. */
    public String sourceName(String source) {
        if (source == null) {
            return "";
        }
        return SanctionsSource.of(source).map(x -> text("source." + x.name())).orElseGet(() -> text("indicator." + source));
    }

    /** A country's name in the reader's language (the code when it is not a country). */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return text("signal.countryUnknown");
        }
        String name = new Locale("", code).getDisplayCountry(messages.locale());
        return name.isBlank() || name.equals(code) ? code : name;
    }

    private String roles(String roles) {
        List<String> out = new ArrayList<>();
        for (String role : roles.split(",")) {
            if (!role.isBlank()) {
                out.add(text("signal.role." + role));
            }
        }
        return String.join(", ", out);
    }

    private String period(String from, String to) {
        return text("signal.period", from.isEmpty() ? "?" : from, to.isEmpty() ? text("signal.ongoing") : to);
    }

    private String score(Double score) {
        return score == null ? "" : String.format(messages.locale(), "%.2f", score);
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }

    private String text(String key, Object... arguments) {
        return messages.get(SignalsModule.BUNDLE, key, arguments);
    }
}
