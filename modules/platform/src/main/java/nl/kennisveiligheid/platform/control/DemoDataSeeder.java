package nl.kennisveiligheid.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.DemoDataContributor;

/**
 * Runs every module's {@link DemoDataContributor} once, in order, each in its own transaction. Called
 * only in demo mode; a contributor that has seeded before is skipped, so a second start seeds nothing.
 */
@ApplicationScoped
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    @Any
    Instance<DemoDataContributor> contributors;

    @Inject
    DemoDataTransaction transaction;

    /** Returns the keys of the contributors that seeded now. */
    public List<String> seedOnce() {
        List<DemoDataContributor> ordered = contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order).thenComparing(DemoDataContributor::key))
                .toList();
        List<String> seeded = ordered.stream().filter(transaction::seedIfNew).map(DemoDataContributor::key).toList();
        LOG.info(() -> seeded.isEmpty() ? "Demo data: already present, nothing seeded"
                : "Demo data seeded: " + String.join(", ", seeded));
        return seeded;
    }
}
