package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.decisions.control.Objections;
import nl.kennisveiligheid.decisions.entity.StoredLetter;
import nl.kennisveiligheid.platform.api.PdfDownload;

/**
 * A decision's letter for a page user ({@code /decisions/letter?id=12}), or the letter of the decision on an objection
 * ({@code ?objection=7}): the decision's scoping (another institution's is not found), the read audited. Served as a
 * download.
 */
@WebServlet("/decisions/letter")
public class LetterDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionRegister register;

    @Inject
    transient Objections objections;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        boolean ofObjection = request.getParameter("objection") != null;
        try {
            id = Long.parseLong(request.getParameter(ofObjection ? "objection" : "id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<? extends StoredLetter> letter = ofObjection ? objections.letter(id) : register.letter(id);
        if (letter.isEmpty() || letter.get() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfDownload.write(response, letter.get().getFileName(), letter.get().getContent());
    }
}
