package nl.kennisveiligheid.units.boundary.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RuntimeSettings;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.control.UnitsModule;
import nl.kennisveiligheid.units.entity.HighRiskUnit;

/**
 * Marks one unit "review needed" with a given note, as following an Annex 2 change would, so that the browser
 * tests can show the review screens without publishing a real Annex 2 version that every other test would see
 * (demo mode with test support only; 404 otherwise). How units follow real publications is tested in
 * {@code UnitsFollowAnnex2IT}.
 */
@Path("test-support/units/{id}/review-mark")
@PermitAll
public class ReviewMarkResource {

    @Inject
    RuntimeSettings settings;

    @PersistenceContext(unitName = "units")
    EntityManager em;

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true)
    public Response mark(@PathParam("id") long id, String note) {
        HighRiskUnit unit = settings.testSupportEnabled() ? em.find(HighRiskUnit.class, id) : null;
        if (unit == null) {
            throw Refusal.notFound(UnitsModule.BUNDLE, "error.notFound");
        }
        unit.markForReview(ReviewNote.parse(note));
        return Response.noContent().build();
    }
}
