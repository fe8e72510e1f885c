package nl.kennisveiligheid.decisions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.decisions.api.AssessmentState;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.screening.api.RequestProgress;

/** For the authority's queue: a request whose assessment waits for a signature, or whose hearing waits for a view. */
@ApplicationScoped
public class AssessmentProgress implements RequestProgress {

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Override
    public Map<Long, Text> progressOf(Collection<Long> requestIds) {
        Map<Long, Text> progress = new HashMap<>();
        if (requestIds.isEmpty() || currentUser.institutionId().isPresent() || !RoleGroup.AUTHORITY_STAFF.includes(currentUser)) {
            return progress;
        }
        List<Object[]> rows = em.createQuery("select a.requestId, a.state, a.hearingInvitedOn, a.hearingViewOn from Assessment a "
                        + "where a.requestId in :ids and a.state <> :signed", Object[].class)
                .setParameter("ids", requestIds).setParameter("signed", AssessmentState.SIGNED).getResultList();
        for (Object[] row : rows) {
            Long request = (Long) row[0];
            if (row[1] == AssessmentState.PREPARED) {
                progress.put(request, Text.of(DecisionsModule.BUNDLE, "progress.toSign"));
            } else if (row[2] != null && row[3] == null) {
                progress.put(request, Text.of(DecisionsModule.BUNDLE, "progress.hearing"));
            }
        }
        return progress;
    }
}
