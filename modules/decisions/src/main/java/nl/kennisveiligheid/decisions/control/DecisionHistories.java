package nl.kennisveiligheid.decisions.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.entity.AccessDecision;

/**
 * The histories {@link nl.kennisveiligheid.decisions.api.DecisionStanding} weighs a decision in: all decisions for the
 * same person and unit of the same institution, newest signed first. One query for a page of decisions.
 */
final class DecisionHistories {

    private final Map<String, List<DecisionView>> byKey;

    private DecisionHistories(Map<String, List<DecisionView>> byKey) {
        this.byKey = byKey;
    }

    /** The histories of the persons and units of {@code decisions}. */
    static DecisionHistories of(EntityManager em, Collection<AccessDecision> decisions) {
        Map<String, List<DecisionView>> byKey = new HashMap<>();
        if (!decisions.isEmpty()) {
            List<Long> units = decisions.stream().map(AccessDecision::getUnitId).distinct().toList();
            List<String> persons = decisions.stream().map(AccessDecision::getPersonReference).distinct().toList();
            for (int i = 0; i < persons.size(); i += 500) { // a superset (units × persons), sorted out by key below
                em.createQuery("select d from AccessDecision d where d.unitId in :units and d.personReference in :persons"
                                + " order by d.signedAt desc, d.id desc", AccessDecision.class)
                        .setParameter("units", units).setParameter("persons", persons.subList(i, Math.min(persons.size(), i + 500)))
                        .getResultList().forEach(d -> byKey.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d.view()));
            }
        }
        return new DecisionHistories(byKey);
    }

    /** Of {@code candidates} (whose histories these are), the decisions that give access today or later, in their order. */
    List<AccessDecision> givingAccess(List<AccessDecision> candidates, java.time.LocalDate today) {
        return candidates.stream().filter(d -> nl.kennisveiligheid.decisions.api.DecisionStanding.givesAccessNowOrLater(d.view(), of(d), today))
                .toList();
    }

    /** The history of {@code decision}'s person and unit, newest signed first (it among them). */
    List<DecisionView> of(AccessDecision decision) {
        return byKey.getOrDefault(key(decision), List.of(decision.view()));
    }

    private static String key(AccessDecision d) {
        return d.getInstitutionId() + "|" + d.getUnitId() + "|" + d.getPersonReference();
    }
}
