package nl.kennisveiligheid.platform.boundary.web;

/**
 * Request paths as the application means them. Every decision about a path (is it public, an API, test support, a
 * protected page) is made on the normalised path, by the authentication mechanism and the request filter alike, so
 * that {@code //x}, {@code /a/../x} or {@code /jakarta.faces.resource/../platform/…} cannot slip past a rule written
 * for the normal form.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The request's path below the context root, normalised ({@code null} when an escape does not decode). */
    public static String of(jakarta.servlet.http.HttpServletRequest request) {
        return normalised(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * The path as the application means it: percent-escapes decoded, path parameters ({@code ;jsessionid=…}) left out,
     * repeated slashes as one, {@code .} and {@code ..} resolved (never above the root). Always one leading slash;
     * {@code null} for an escape that does not decode.
     */
    public static String normalised(String rawPath) {
        String text = decoded(rawPath);
        if (text == null) {
            return null;
        }
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        String[] parts = text.split("/", -1);
        for (String part : parts) {
            String segment = part.indexOf(';') >= 0 ? part.substring(0, part.indexOf(';')) : part;
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        String last = parts[parts.length - 1];
        boolean directory = last.isEmpty() || last.equals(".") || last.equals("..");
        String path = "/" + String.join("/", segments);
        return directory && !segments.isEmpty() ? path + "/" : path;
    }

    /** The raw path with its percent-escapes decoded ({@code +} stays a plus in a path); {@code null} when one is broken. */
    public static String decoded(String rawPath) {
        try {
            return java.net.URLDecoder.decode(rawPath == null || rawPath.isEmpty() ? "/" : rawPath.replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A normalised path as a URL path again. */
    public static String encoded(String path) {
        try {
            return new java.net.URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
    }

}
