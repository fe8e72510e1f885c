package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.kennisveiligheid.signals.api.SanctionsEditionApplied;
import nl.kennisveiligheid.signals.control.matching.IndexedDesignation;
import nl.kennisveiligheid.signals.control.matching.SanctionsMatcher;
import nl.kennisveiligheid.signals.entity.SanctionsEdition;

/**
 * The matcher over the editions in force, held in memory and built again when an edition is applied (here at once
 * after commit; on other instances when they see, at most {@link #RECHECK_MILLIS} later, that the editions in force
 * changed). Building it for about 32,000 names takes a few seconds; screenings meanwhile use the matcher before it.
 */
@ApplicationScoped
public class SanctionsIndex {

    private static final Logger LOG = Logger.getLogger(SanctionsIndex.class.getName());
    static final long RECHECK_MILLIS = 30_000;

    @PersistenceContext(unitName = "signals")
    EntityManager em;

    @Inject
    SanctionsLists lists;

    private record Built(List<Long> editions, SanctionsMatcher matcher, long checkedAt) {
    }

    private volatile Built built;

    /** The matcher over the editions in force. */
    public SanctionsMatcher matcher() {
        Built current = built;
        long now = System.currentTimeMillis();
        if (current != null && now - current.checkedAt < RECHECK_MILLIS) {
            return current.matcher;
        }
        synchronized (this) {
            current = built;
            List<Long> editions = editionsInForce();
            if (current != null && current.editions.equals(editions)) {
                built = new Built(editions, current.matcher, now);
                return current.matcher;
            }
            long started = System.nanoTime();
            List<IndexedDesignation> designations = new ArrayList<>();
            for (SanctionsEdition edition : em.createQuery("select e from SanctionsEdition e where e.inForce = 1 order by e.id",
                    SanctionsEdition.class).getResultList()) {
                lists.designationsOf(edition.getId()).forEach(d -> designations.add(new IndexedDesignation(edition.getSource(), edition.getId(), d)));
            }
            SanctionsMatcher matcher = SanctionsMatcher.of(designations);
            LOG.info(() -> "Sanctions index built: " + matcher.designations() + " designations, " + matcher.names() + " names in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            built = new Built(editions, matcher, now);
            return matcher;
        }
    }

    /** A new edition came into force: the next screening builds the index again. */
    void applied(@Observes(during = TransactionPhase.AFTER_SUCCESS) SanctionsEditionApplied event) {
        built = null;
    }

    private List<Long> editionsInForce() {
        return em.createQuery("select e.id from SanctionsEdition e where e.inForce = 1 order by e.id", Long.class).getResultList();
    }
}
