package nl.kennisveiligheid.signals.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import nl.kennisveiligheid.signals.api.SanctionsHit;
import nl.kennisveiligheid.signals.api.SanctionsScreening;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.api.SubjectKind;
import nl.kennisveiligheid.signals.control.SignalsModule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Screening one name against the sanctions lists in force, for authority staff. */
@Path("sanctions-screenings")
@RolesAllowed("AUTHORITY_STAFF")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sanctions lists")
public class SanctionsScreeningsResource {

    /** A name to screen: only {@code name} is required; {@code kind} is {@code person} or {@code entity}. */
    public record Query(@PlainText(max = 300) String name, @PlainText(max = 10) String birthDate, @PlainText(max = 100) String nationality,
                        @PlainText(max = 10) String kind) {
    }

    /** The hits at or above the threshold, best first. */
    public record Answer(double threshold, List<SanctionsHit> hits) {
    }

    @Inject
    SanctionsScreening screening;

    @POST
    @Operation(summary = "Screen a name against the sanctions lists in force",
            description = "Body {\"name\": ..., \"birthDate\": \"yyyy-mm-dd\", \"nationality\": ISO 3166 alpha-2 code or English country name, "
                    + "\"kind\": \"person\" | \"entity\"}; only name is required. Every hit with its score (0 to 1) and an explanation.")
    public Answer screen(@Valid Query query) {
        if (query == null) {
            throw Refusal.invalid(SignalsModule.BUNDLE, "screening.invalid", "name", "problem.field.required");
        }
        SubjectKind kind = null;
        if (query.kind() != null && !query.kind().isBlank()) {
            kind = switch (query.kind().trim().toLowerCase(Locale.ROOT)) {
                case "person" -> SubjectKind.PERSON;
                case "entity" -> SubjectKind.ENTITY;
                default -> throw Refusal.invalid(SignalsModule.BUNDLE, "screening.invalid", "kind", "screening.kind.unknown");
            };
        }
        var birthDate = ApiParameters.date("birthDate", query.birthDate());
        return new Answer(screening.threshold(), screening.screen(new ScreeningQuery(query.name(), birthDate, query.nationality(), kind)));
    }
}
