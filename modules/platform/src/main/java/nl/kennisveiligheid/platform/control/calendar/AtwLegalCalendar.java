package nl.kennisveiligheid.platform.control.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.api.calendar.EquatedDaysChanged;
import nl.kennisveiligheid.platform.api.calendar.Holiday;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.platform.api.calendar.TermRequest;
import nl.kennisveiligheid.platform.api.calendar.TermResult;
import nl.kennisveiligheid.platform.entity.EquatedHoliday;

/**
 * The legal calendar: art. 3 holidays computed, equated days from the database (cached per year, the
 * cache cleared whenever they change).
 */
@ApplicationScoped
public class AtwLegalCalendar implements LegalCalendar {

    static final String EQUATED_KEY = "holiday.EQUATED";

    /** The length of an equated day's description and legal reference (their columns). */
    static final int TEXT_MAX = 200;

    @Inject
    jakarta.enterprise.event.Event<EquatedDaysChanged> changed;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

    @Override
    public TermResult endOfTerm(TermRequest request) {
        return calculator().endOfTerm(request);
    }

    @Override
    public List<String> explain(TermResult result, java.util.Locale locale) {
        return TermExplanation.lines(result, locale);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calculator().isWorkingDay(day);
    }

    @Override
    public List<Holiday> holidays(int year) {
        return year(year).values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
    }

    /** The days of {@code year} a Royal Decree equates with holidays, in date order, with their references. */
    public List<EquatedHoliday> equatedDays(int year) {
        return em.createQuery("select e from EquatedHoliday e where e.day between :from and :to order by e.day", EquatedHoliday.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    /**
     * Equates a day with a holiday (Royal Decree); replaces what was stored for that day. Audited. Refused (400, the
     * fields {@code date}, {@code description}, {@code legalReference}) without a plausible date, or without a
     * description and reference of one line and at most {@value #TEXT_MAX} characters.
     */
    @Transactional
    public void equate(LocalDate day, String description, String legalReference) {
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        if (!ApiParameters.plausible(day)) {
            problems.add(new Refusal.FieldProblem("date", day == null ? "calendar.error.date" : "problem.field.date.range"));
        }
        text(problems, "description", description, "calendar.error.description");
        text(problems, "legalReference", legalReference, "calendar.error.reference");
        Refusal.refuseIfAny(PlatformModule.BUNDLE, "problem.detail.validation", problems);
        description = description.trim();
        legalReference = legalReference.trim();
        EquatedHoliday existing = em.find(EquatedHoliday.class, day);
        Map<String, Object> before = existing == null ? Map.of() : values(existing);
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        EquatedHoliday equated = new EquatedHoliday(day, description, legalReference);
        em.persist(equated);
        byYear.remove(day.getYear());
        audit.record(new AuditEvent("equated-day.stored", "EquatedHoliday", day.toString(), null, before, values(equated)));
        changed.fire(new EquatedDaysChanged(day));
    }

    private static void text(List<Refusal.FieldProblem> problems, String field, String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            problems.add(new Refusal.FieldProblem(field, requiredKey));
        } else {
            TextRules.fieldProblem(field, value.trim(), TEXT_MAX, false).ifPresent(problems::add);
        }
    }

    /** Removes an equated day. Audited. */
    @Transactional
    public void unequate(LocalDate day) {
        EquatedHoliday existing = em.find(EquatedHoliday.class, day);
        if (existing != null) {
            audit.record(new AuditEvent("equated-day.removed", "EquatedHoliday", day.toString(), null, values(existing), Map.of()));
            em.remove(existing);
            changed.fire(new EquatedDaysChanged(day));
        }
        byYear.remove(day.getYear());
    }

    private static Map<String, Object> values(EquatedHoliday day) {
        return Map.of("description", day.getDescription(), "legalReference", day.getLegalReference());
    }

    private TermCalculator calculator() {
        Function<LocalDate, Optional<Holiday>> lookup = day -> Optional.ofNullable(year(day.getYear()).get(day));
        return new TermCalculator(lookup);
    }

    private Map<LocalDate, Holiday> year(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private Map<LocalDate, Holiday> load(int year) {
        List<Holiday> all = new ArrayList<>(DutchHolidays.of(year));
        em.createQuery("select e from EquatedHoliday e where e.day between :from and :to", EquatedHoliday.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream()
                .forEach(e -> all.add(new Holiday(e.getDay(), EQUATED_KEY, e.getDescription())));
        return all.stream().collect(Collectors.toMap(Holiday::date, h -> h, (a, b) -> a));
    }
}
