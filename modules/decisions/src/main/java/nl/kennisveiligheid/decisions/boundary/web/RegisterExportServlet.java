package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import nl.kennisveiligheid.decisions.control.DecisionExport;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.platform.api.CsvDownload;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;

/**
 * The decision register's CSV download: the decisions matching the filters of the page's link. Behind the register's
 * security constraint ({@code /decisions/register/*}, authority staff); a plain GET, so the link can be saved.
 */
@WebServlet("/decisions/register/export.csv")
public class RegisterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionExport export;

    @Inject
    transient PlatformClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> filters;
        try {
            String institution = request.getParameter("institutionId");
            String objection = request.getParameter("underObjection");
            filters = DecisionRegister.filters(request.getParameter("reference"), request.getParameter("outcome"),
                    institution == null || institution.isBlank() ? null : Long.valueOf(institution.trim()), request.getParameter("cluster"),
                    request.getParameter("decidedFrom"), request.getParameter("decidedUntil"),
                    objection == null || objection.isBlank() ? null : Boolean.valueOf(objection.trim()));
        } catch (IllegalArgumentException | Refusal e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        CsvDownload.start(response, DecisionExport.fileName(clock.today()));
        export.write(filters, response.getOutputStream());
    }
}
