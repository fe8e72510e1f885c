package nl.kennisveiligheid.platform.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Hands out every PDF the product stores (attachments, decision letters) one way: as a download (never shown inline),
 * with the file name in both header forms, no content sniffing and no caching.
 */
public final class PdfDownload {

    public static final String TYPE = "application/pdf";

    private PdfDownload() {
    }

    /** {@code attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf}: an ASCII name for old clients, the real one encoded. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The PDF as a page user's download (from a servlet). */
    public static void write(HttpServletResponse response, String fileName, byte[] content) throws IOException {
        response.setContentType(TYPE);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The PDF as a REST answer. */
    public static Response answer(String fileName, byte[] content) {
        return Response.ok(content, TYPE).header("Content-Disposition", contentDisposition(fileName)).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store").build();
    }
}
