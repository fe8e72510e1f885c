package nl.kennisveiligheid.screening.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kennisveiligheid.platform.api.PdfDownload;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.screening.control.Attachments;

/**
 * An attachment's PDF for a page user ({@code /screening/attachment?request=7&id=12}): the same scoping as the
 * request (another institution's is not found), the read audited. Served as a download, never shown inline.
 */
@WebServlet("/screening/attachment")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long requestId;
        long attachmentId;
        try {
            requestId = Long.parseLong(request.getParameter("request"));
            attachmentId = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.Download download;
        try {
            download = attachments.download(requestId, attachmentId);
        } catch (Refusal refused) {
            response.sendError(refused.status() == 403 ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfDownload.write(response, download.fileName(), download.content());
    }
}
