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


    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final java.util.regex.Pattern QUALITY = java.util.regex.Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    /**
     * Whether a media type header reads as RFC 9110 says: {@code type/subtype} with {@code ;name=value} parameters,
     * several separated by commas where {@code list} (an {@code Accept} header, whose {@code q} must be a number
     * from 0 to 1); absent is well-formed.
     */
    static boolean wellFormedMediaTypes(String header, boolean list) {
        if (header == null || header.isBlank()) {
            return true;
        }
        for (String range : list ? header.split(",") : new String[] {header}) {
            if (range.isBlank() && list) {
                continue;
            }
            String[] parts = range.split(";");
            String[] type = parts[0].trim().split("/", -1);
            if (type.length != 2 || !TOKEN.matcher(type[0]).matches() || !TOKEN.matcher(type[1]).matches()) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].trim().split("=", 2);
                if (parameter.length != 2 || !TOKEN.matcher(parameter[0].trim()).matches() || parameter[1].isBlank()) {
                    return false;
                }
                if (list && parameter[0].trim().equalsIgnoreCase("q") && !QUALITY.matcher(parameter[1].trim()).matches()) {
                    return false;
                }
            }
        }
        return true;
    }
}
