package nl.kennisveiligheid.platform.boundary.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Triggers for the error pages, for the browser tests: {@code /test-support/status/403} answers with that
 * status, {@code /test-support/fail} throws. Reachable only with test support on (demo mode); otherwise
 * the platform filter answers 404 before this servlet is reached.
 */
@WebServlet(urlPatterns = {"/test-support/status/*", "/test-support/fail"})
public class TestSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/fail")) {
            throw new IllegalStateException("Failure triggered by test support");
        }
        String info = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int status = info.matches("[45]\\d\\d") ? Integer.parseInt(info) : 400;
        response.sendError(status);
    }
}
