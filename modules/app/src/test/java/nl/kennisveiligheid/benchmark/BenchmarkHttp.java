package nl.kennisveiligheid.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmarks share: REST calls with a token, the server's own time, and percentiles. */
final class BenchmarkHttp {

    private static final Logger LOG = Logger.getLogger(BenchmarkHttp.class.getName());

    private BenchmarkHttp() {
    }

    /** What a database benchmark runs against: the product's base URL and its database (arguments 0 to 3, with defaults). */
    record Target(String base, String jdbc, String user, String password) {

        static Target of(String[] args) {
            return new Target(args.length > 0 ? args[0].replaceAll("/$", "") : "http://localhost:8080",
                    args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/screening",
                    args.length > 2 ? args[2] : "screening", args.length > 3 ? args[3] : "screening");
        }
    }

    /** A response with the round trip and the server's {@code Server-Timing} duration, in ms. */
    record Timed(HttpResponse<String> response, double roundTrip, double server) {
    }

    static String send(HttpClient http, String base, String token, String method, String path, String type, String body,
                       int expected) throws Exception {
        HttpResponse<String> response = http.send(request(base, token, method, path, type, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A GET that must answer 200, timed. */
    static Timed get(HttpClient http, String base, String token, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request(base, token, "GET", path, null, null), HttpResponse.BodyHandlers.ofString());
        long end = System.nanoTime();
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        double server = Double.parseDouble(response.headers().firstValue("Server-Timing").orElseThrow()
                .replaceAll(".*dur=([0-9.]+).*", "$1"));
        return new Timed(response, (end - start) / 1_000_000.0, server);
    }

    static HttpRequest request(String base, String token, String method, String path, String type, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            builder.header("Content-Type", type);
        }
        return builder.build();
    }

    static String first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException(regex + " not in " + body);
        }
        return m.group(1);
    }

    static void report(String what, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        LOG.info(String.format(Locale.ROOT, "%-34s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   max %6.2f ms", what,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]));
    }

    static double percentile(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Sends {@code paths} spread over {@code clients} threads of {@code pool}, each timed; all the results. */
    static List<Timed> run(java.util.concurrent.ExecutorService pool, HttpClient http, String base, String token, List<String> paths, int clients)
            throws Exception {
        List<java.util.concurrent.Future<List<Timed>>> futures = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                List<Timed> results = new java.util.ArrayList<>();
                for (int i = client; i < paths.size(); i += clients) {
                    results.add(get(http, base, token, paths.get(i)));
                }
                return results;
            }));
        }
        List<Timed> all = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<List<Timed>> future : futures) {
            all.addAll(future.get());
        }
        return all;
    }
}
