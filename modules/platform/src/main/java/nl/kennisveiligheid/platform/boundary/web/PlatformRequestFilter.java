package nl.kennisveiligheid.platform.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.CorrelationId;
import nl.kennisveiligheid.platform.boundary.rest.ProblemDetails;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.RuntimeSettings;
import nl.kennisveiligheid.platform.control.Languages;
import nl.kennisveiligheid.platform.control.RequestActor;
import nl.kennisveiligheid.platform.control.RequestMessages;

/**
 * First stop of every request: gives it a correlation id (response header {@code X-Correlation-Id}),
 * sets the acting user and the language for the thread, handles the language switch ({@code ?lang=en}
 * sets a cookie and reloads the page without the parameter), adds the security headers every response
 * carries, and hides the test-support pages unless test support is on. Every decision is made on the normalised
 * path; a request for a path that is not in its normal form ({@code //x}, {@code /a/../x}) is sent to the normal form.
 */
@WebFilter(filterName = "platformRequestFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class PlatformRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PlatformRequestFilter.class.getName());
    static final String TEST_SUPPORT_PATH = "/test-support/";

    @Inject
    RuntimeSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request, response);
            return;
        }
        Object given = request.getAttribute(CorrelationId.REQUEST_ATTRIBUTE);
        String incoming = request.getHeader(CorrelationId.HEADER);
        String id = given != null ? given.toString() : CorrelationId.isWellFormed(incoming) ? incoming : CorrelationId.newId();
        request.setAttribute(CorrelationId.REQUEST_ATTRIBUTE, id);
        response.setHeader(CorrelationId.HEADER, id);
        SecurityHeaders.apply(response, settings.behindTls());

        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String path = RequestPaths.normalised(raw);
        boolean api = path != null && path.startsWith("/api/");
        if (path == null || (path.startsWith(TEST_SUPPORT_PATH) && !settings.testSupportEnabled())) {
            notFound(request, response, api || raw.startsWith("/api/"), raw);
            return;
        }
        String mapped = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.equals(RequestPaths.decoded(raw)) || !mapped.isEmpty() && !mapped.equals(RequestPaths.normalised(mapped))) {
            // "//x", "/a/../x", "/jakarta.faces.resource/../platform/…": decided on the normalised path, answered as that
            // path answers (login, 403, the page), never past a constraint written for the normal form
            if (!api && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + RequestPaths.encoded(path) + query(request.getQueryString()));
            } else {
                notFound(request, response, api, raw);
            }
            return;
        }
        if (api && !(RequestPaths.wellFormedMediaTypes(request.getHeader("Accept"), true)
                && RequestPaths.wellFormedMediaTypes(request.getHeader("Content-Type"), false))) {
            // JAX-RS cannot read such a header, nor answer in a format it names: refused here, as problem+json
            problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "problem.detail.header", raw);
            return;
        }
        if (!path.startsWith("/jakarta.faces.resource/")) {
            // pages and API answers hold institution and personal data: never kept by a browser or a proxy
            response.setHeader("Cache-Control", "no-store");
        }
        if (!api && "GET".equals(request.getMethod()) && request.getParameter("lang") != null) {
            switchLanguage(request, response, path);
            return;
        }
        Locale locale = !api ? Languages.forPage(request) : apiLocale(request);
        request.setAttribute(Languages.REQUEST_ATTRIBUTE, locale);

        CorrelationId.set(id);
        RequestMessages.setRequestLocale(locale);
        RequestActor.set(request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : null);
        RequestActor.setClientAddress(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.log(Level.SEVERE, CorrelationId.tag("Unexpected error in " + request.getMethod() + " " + path), e);
            throw e;
        } finally {
            CorrelationId.clear();
            RequestMessages.clearRequestLocale();
            RequestActor.clear();
        }
    }

    private static Locale apiLocale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Languages.DEFAULT : Languages.forApi(Collections.list(request.getLocales()));
    }

    /**
     * 404 for a path that is not this application's: the error page for a page, a problem+json document for a path
     * under {@code /api/} (a REST client reads no HTML), in the caller's language.
     */
    private static void notFound(HttpServletRequest request, HttpServletResponse response, boolean api, String raw) throws IOException {
        if (!api) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        problem(request, response, HttpServletResponse.SC_NOT_FOUND, "problem.detail.404", raw);
    }

    /** A problem+json answer written here, before JAX-RS (which cannot answer a request whose headers it cannot read). */
    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String detailKey, String raw) throws IOException {
        Locale locale = apiLocale(request);
        ProblemDetails problem = new ProblemDetails("about:blank", PageMessages.text(Messages.PLATFORM_BUNDLE, "problem.title." + status, locale),
                status, PageMessages.text(Messages.PLATFORM_BUNDLE, detailKey, locale), raw.length() > 200 ? raw.substring(0, 200) : raw,
                String.valueOf(request.getAttribute(CorrelationId.REQUEST_ATTRIBUTE)), null);
        response.setStatus(status);
        response.setContentType(ProblemDetails.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try (Jsonb json = JsonbBuilder.create()) {
            response.getWriter().write(json.toJson(problem));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private void switchLanguage(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Optional<Locale> chosen = Languages.forCode(request.getParameter("lang"));
        if (chosen.isPresent()) {
            String cookie = Languages.COOKIE + "=" + chosen.get().getLanguage()
                    + "; Path=" + (request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                    + "; Max-Age=31536000; HttpOnly; SameSite=Lax" + (request.isSecure() || settings.behindTls() ? "; Secure" : "");
            response.addHeader("Set-Cookie", cookie);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        // back to this application's own page: the normalised path under the context root, never "//host/…"
        response.setHeader("Location", request.getContextPath() + RequestPaths.encoded(path) + withoutLang(request.getQueryString()));
    }

    private static String query(String query) {
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    static String withoutLang(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String part : query.split("&")) {
            if (!part.isEmpty() && !part.equals("lang") && !part.startsWith("lang=")) {
                kept.append(kept.length() == 0 ? "?" : "&").append(part);
            }
        }
        return kept.toString();
    }
}
