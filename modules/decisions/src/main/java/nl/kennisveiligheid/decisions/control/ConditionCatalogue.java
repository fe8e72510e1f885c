package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import nl.kennisveiligheid.decisions.api.ConditionTemplateView;
import nl.kennisveiligheid.decisions.entity.ConditionTemplate;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Refusal.FieldProblem;
import nl.kennisveiligheid.platform.api.Role;

/**
 * The authority's catalogue of conditions (voorschriften) a conditional grant takes its texts from. Deciders keep it: add
 * a condition, or withdraw one (it stays in the decisions that used it: a decision copies the texts).
 */
@ApplicationScoped
public class ConditionCatalogue {

    /** A code: capitals, digits and underscores. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** Adds a condition to the catalogue (deciders); a code in use is a conflict. */
    @Transactional
    public ConditionTemplateView add(String code, String textNl, String textEn) {
        requireDecider();
        String clean = code == null ? "" : code.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (!CODE.matcher(clean).matches()) {
            problems.add(new FieldProblem("code", "validation.condition.code"));
        }
        Inputs.required(problems, "textNl", textNl, 1000, false);
        Inputs.required(problems, "textEn", textEn, 1000, false);
        Refusal.refuseIfAny(DecisionsModule.BUNDLE, "error.invalid", problems);
        if (em.find(ConditionTemplate.class, clean) != null) {
            throw Refusal.conflict(DecisionsModule.BUNDLE, "error.condition.exists", clean);
        }
        Integer last = em.createQuery("select max(c.position) from ConditionTemplate c", Integer.class).getSingleResult();
        ConditionTemplate condition = new ConditionTemplate(clean, textNl.strip(), textEn.strip(), last == null ? 10 : last + 10);
        em.persist(condition);
        audit.record(new AuditEvent("condition.added", "ConditionTemplate", clean, null, Map.of(), Map.of("textNl", textNl.strip())));
        return condition.view();
    }

    /** Withdraws a condition from the catalogue (deciders): no new decision can take it. */
    @Transactional
    public ConditionTemplateView withdraw(String code) {
        requireDecider();
        ConditionTemplate condition = code == null ? null : em.find(ConditionTemplate.class, code);
        if (condition == null) {
            throw Refusal.notFound(DecisionsModule.BUNDLE, "error.condition.notFound");
        }
        condition.withdraw();
        audit.record(AuditEvent.of("condition.withdrawn", "ConditionTemplate", code, null));
        return condition.view();
    }

    private void requireDecider() {
        if (currentUser.institutionId().isPresent() || !currentUser.hasRole(Role.AUTHORITY_DECIDER)) {
            throw Refusal.forbidden("ConditionTemplate", null);
        }
    }

    /** The active conditions, in the catalogue's order. */
    public List<ConditionTemplateView> active() {
        return em.createQuery("select c from ConditionTemplate c where c.active = true order by c.position, c.code", ConditionTemplate.class)
                .getResultList().stream().map(ConditionTemplate::view).toList();
    }

    /**
     * The conditions a decision carries, in {@code locale}: the catalogue's texts of {@code codes}, then the free text
     * line by line. What the decider reads before signing and what the signed decision holds come from here.
     */
    public List<String> texts(List<String> codes, String freeText, Locale locale) {
        List<String> texts = new java.util.ArrayList<>();
        for (String code : codes) {
            text(code, locale).ifPresent(texts::add);
        }
        if (freeText != null) {
            freeText.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(texts::add);
        }
        return texts;
    }

    /** The text of an active condition in Dutch (the decision's language) or English; empty for an unknown code. */
    public Optional<String> text(String code, Locale locale) {
        ConditionTemplate found = code == null ? null : em.find(ConditionTemplate.class, code);
        if (found == null || !found.isActive()) {
            return Optional.empty();
        }
        ConditionTemplateView view = found.view();
        return Optional.of("en".equals(locale.getLanguage()) ? view.textEn() : view.textNl());
    }
}
