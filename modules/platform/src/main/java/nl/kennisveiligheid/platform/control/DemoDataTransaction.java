package nl.kennisveiligheid.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import nl.kennisveiligheid.platform.api.DemoDataContributor;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.entity.DemoDataRun;

/** One contributor's seeding and its record, committed together. */
@ApplicationScoped
public class DemoDataTransaction {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PlatformClock clock;

    /** In a request context of its own: demo data go through the services as demo users would (request-scoped beans). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @jakarta.enterprise.context.control.ActivateRequestContext
    public boolean seedIfNew(DemoDataContributor contributor) {
        if (em.find(DemoDataRun.class, contributor.key()) != null) {
            return false;
        }
        contributor.seed();
        em.persist(new DemoDataRun(contributor.key(), clock.now().atOffset(ZoneOffset.UTC)));
        return true;
    }
}
