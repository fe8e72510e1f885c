package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.signals.api.CountryIndicator;
import nl.kennisveiligheid.signals.api.CountryIndicators;
import nl.kennisveiligheid.signals.api.CountrySignal;
import nl.kennisveiligheid.signals.api.IndicatorEditionView;
import nl.kennisveiligheid.signals.control.lists.Countries;
import nl.kennisveiligheid.signals.control.lists.IndicatorFiles;
import nl.kennisveiligheid.signals.control.lists.ListFileProblem;
import nl.kennisveiligheid.signals.entity.IndicatorEdition;

/**
 * The country indicators: the edition in force of each, a country's values and signals, and loading a new edition
 * (list administrators), with the source named (the file's own where it names one, else the administrator's).
 */
@ApplicationScoped
public class CountryIndicatorRegister implements CountryIndicators {

    /** The longest source text. */
    public static final int SOURCE_MAX = 300;

    @PersistenceContext(unitName = "signals")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SanctionsLists lists;

    @Inject
    SignalsSettings settings;

    @Inject
    AuditTrail audit;

    @Override
    public List<CountrySignal> of(String country) {
        String code = Countries.code(country);
        if (code == null) {
            return List.of();
        }
        List<CountrySignal> out = new ArrayList<>();
        for (IndicatorEdition edition : inForce()) {
            if (edition.getValues().containsKey(code)) {
                BigDecimal value = valueOf(edition, edition.getValues().get(code));
                out.add(new CountrySignal(code, edition.getIndicator(), value, edition.getIndicator().signals(value), edition.getYear(),
                        edition.getSource(), edition.getId()));
            }
        }
        return out;
    }

    /** A country's values for a list administrator or authority staff; an unknown country is a 404. */
    public List<CountrySignal> forCountry(String country) {
        lists.requireReader();
        if (Countries.code(country) == null) {
            throw Refusal.notFound(SignalsModule.BUNDLE, "indicator.country.unknown");
        }
        return of(country);
    }

    /** The edition in force of every indicator that has one (for list administrators and authority staff). */
    public List<IndicatorEditionView> editionsInForce() {
        lists.requireReader();
        return inForce().stream().map(IndicatorEdition::view).toList();
    }

    /** Every country with a value in force, with its values by indicator, ordered by code. */
    public Map<String, List<CountrySignal>> countries() {
        lists.requireReader();
        Map<String, List<CountrySignal>> byCountry = new java.util.TreeMap<>();
        for (IndicatorEdition edition : inForce()) {
            edition.getValues().forEach((code, stored) -> {
                BigDecimal value = valueOf(edition, stored);
                byCountry.computeIfAbsent(code, c -> new ArrayList<>()).add(new CountrySignal(code, edition.getIndicator(), value,
                        edition.getIndicator().signals(value), edition.getYear(), edition.getSource(), edition.getId()));
            });
        }
        return byCountry;
    }

    /** Loads {@code content} as the new edition in force of {@code indicator}; {@code dryRun} only reads it. */
    @Transactional
    public IndicatorEditionView load(CountryIndicator indicator, byte[] content, String fileName, String source, boolean dryRun) {
        if (!currentUser.hasRole(Role.LIST_ADMIN)) {
            throw Refusal.forbidden("CountryIndicatorEdition", indicator);
        }
        IndicatorFiles.Parsed parsed;
        try {
            parsed = IndicatorFiles.read(indicator, content, settings.listMaxBytes());
        } catch (ListFileProblem problem) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, SignalsModule.BUNDLE, problem.key(), List.of(), problem.arguments().toArray());
        }
        String named = source != null && !source.isBlank() ? source.trim() : parsed.source() != null ? parsed.source() : defaultSource(indicator);
        TextRules.fieldProblem("source", named, SOURCE_MAX, false).ifPresent(p -> {
            throw Refusal.invalid(SignalsModule.BUNDLE, "indicator.invalid", List.of(p));
        });
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        // the threat assessments have no value: being named is stored as 1
        parsed.rows().forEach(row -> values.put(row.country(), row.value() == null ? BigDecimal.ONE : row.value()));
        String name = fileName == null || fileName.isBlank() || TextRules.problem(fileName, 255, false).isPresent()
                ? indicator.name().toLowerCase(Locale.ROOT) + ".csv" : fileName.trim();
        IndicatorEdition edition = new IndicatorEdition(indicator, parsed.year(), named, values, parsed.skipped(), EditionLoading.sha256(content),
                name, content);
        if (dryRun) {
            return edition.view();
        }
        em.createQuery("select e from IndicatorEdition e where e.indicator = :indicator and e.inForce = 1", IndicatorEdition.class)
                .setParameter("indicator", indicator).getResultList().forEach(IndicatorEdition::supersede);
        em.flush();
        em.persist(edition);
        em.flush();
        audit.record(new AuditEvent("signals.indicator.loaded", "IndicatorEdition", String.valueOf(edition.getId()), null, Map.of(),
                Map.of("indicator", indicator.name(), "year", String.valueOf(parsed.year()), "countries", String.valueOf(values.size()))));
        return edition.view();
    }

    /** A stored value as the reader sees it: none for the threat assessments. */
    private static BigDecimal valueOf(IndicatorEdition edition, BigDecimal stored) {
        return edition.getIndicator() == CountryIndicator.THREAT_ASSESSMENT ? null : plain(stored);
    }

    /** A value as written (0.85, not the column's 0.850). */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String defaultSource(CountryIndicator indicator) {
        return switch (indicator) {
            case THREAT_ASSESSMENT -> "Dreigingsbeeld";
            case ACADEMIC_FREEDOM -> "V-Dem, Academic Freedom Index (CC BY-SA 4.0)";
            case DEMOCRACY_INDEX -> "EIU Democracy Index";
        };
    }

    private List<IndicatorEdition> inForce() {
        List<IndicatorEdition> editions = new ArrayList<>(em.createQuery("select e from IndicatorEdition e where e.inForce = 1",
                IndicatorEdition.class).getResultList());
        editions.sort(Comparator.comparing(IndicatorEdition::getIndicator));
        return editions;
    }
}
