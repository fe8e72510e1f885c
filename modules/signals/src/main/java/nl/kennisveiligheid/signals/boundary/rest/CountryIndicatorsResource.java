package nl.kennisveiligheid.signals.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.validation.PlainText;
import nl.kennisveiligheid.signals.api.CountryIndicator;
import nl.kennisveiligheid.signals.api.CountrySignal;
import nl.kennisveiligheid.signals.api.IndicatorEditionView;
import nl.kennisveiligheid.signals.control.CountryIndicatorRegister;
import nl.kennisveiligheid.signals.control.SignalsModule;
import nl.kennisveiligheid.signals.control.SignalsSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The country indicators: read by list administrators and authority staff, loaded by list administrators. */
@Path("country-indicators")
@RolesAllowed({"LIST_ADMIN", "AUTHORITY_STAFF"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Country indicators", description = "Threat assessments, Academic Freedom Index, EIU Democracy Index, edition by edition")
public class CountryIndicatorsResource {

    @Inject
    CountryIndicatorRegister register;

    @Inject
    SignalsSettings settings;

    @GET
    @Operation(summary = "The edition in force of every country indicator")
    public List<IndicatorEditionView> editions() {
        return register.editionsInForce();
    }

    @GET
    @Path("countries/{country}")
    @Operation(summary = "A country's values on every indicator in force, and which are signals",
            description = "country: an ISO 3166 alpha-2 code or an English or Dutch country name.")
    public List<CountrySignal> country(@PathParam("country") @PlainText(max = 100) String country) {
        return register.forCountry(country);
    }

    @POST
    @Path("{indicator}/editions")
    @RolesAllowed("LIST_ADMIN")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Load an edition of a country indicator from a CSV file",
            description = "indicator: THREAT_ASSESSMENT (country, source, year), ACADEMIC_FREEDOM (V-Dem: iso3, year, academic_freedom_index) or "
                    + "DEMOCRACY_INDEX (iso3, year, democracy_index; or OWID's Code, Year, Democracy score). Applies it (201) or, with "
                    + "dryRun=true, only reads it (200). A file that is not what it claims to be: 422, nothing changes.")
    public Response load(@PathParam("indicator") String indicator, @QueryParam("dryRun") boolean dryRun,
                         @QueryParam("source") @PlainText(max = 300) String source, @QueryParam("fileName") @PlainText(max = 255) String fileName,
                         @RequestBody(description = "The CSV file", content = @Content(mediaType = "text/csv",
                                 schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream body) {
        CountryIndicator which = CountryIndicator.of(indicator).orElseThrow(() -> Refusal.notFound(SignalsModule.BUNDLE, "indicator.unknown"));
        byte[] content = ApiParameters.upload(body, settings.listMaxBytes(), SignalsModule.BUNDLE);
        IndicatorEditionView edition = register.load(which, content, fileName, source, dryRun);
        return Response.status(dryRun ? 200 : 201).entity(edition).build();
    }
}
