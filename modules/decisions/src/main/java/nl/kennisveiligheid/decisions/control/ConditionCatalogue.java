package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kennisveiligheid.decisions.api.ConditionTemplateView;
import nl.kennisveiligheid.decisions.entity.ConditionTemplate;

/** The authority's catalogue of conditions (voorschriften) a conditional grant takes its texts from. */
@ApplicationScoped
public class ConditionCatalogue {

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    /** The active conditions, in the catalogue's order. */
    public List<ConditionTemplateView> active() {
        return em.createQuery("select c from ConditionTemplate c where c.active = true order by c.position, c.code", ConditionTemplate.class)
                .getResultList().stream().map(ConditionTemplate::view).toList();
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
