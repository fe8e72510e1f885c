package nl.kennisveiligheid.units.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CsvDownload;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.units.control.UnitExport;
import nl.kennisveiligheid.units.control.UnitRegister;

/**
 * The register screen's CSV download: the units matching the filters of the page's link ({@code name},
 * {@code institutionId}, {@code cluster}, {@code status}). Behind the register's security constraint
 * ({@code /units/register/*}, authority staff); a plain GET, so the link can be saved and opened again.
 */
@WebServlet("/units/register/export.csv")
public class RegisterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UnitExport export;

    @Inject
    transient PlatformClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> filters;
        try {
            String institution = request.getParameter("institutionId");
            filters = UnitRegister.filters(request.getParameter("name"), request.getParameter("status"), request.getParameter("cluster"),
                    institution == null || institution.isBlank() ? null : Long.valueOf(institution.trim()), null);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        CsvDownload.start(response, UnitExport.fileName(clock.today()));
        export.write(filters, response.getOutputStream());
    }
}
