package nl.kennisveiligheid.benchmark;

import static nl.kennisveiligheid.benchmark.BenchmarkHttp.first;
import static nl.kennisveiligheid.benchmark.BenchmarkHttp.report;
import static nl.kennisveiligheid.benchmark.BenchmarkHttp.send;

import java.net.http.HttpClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark (not a test): searching a published list of 5,020 entries over REST. Creates a reference list
 * (never binding) with generated entries through the API, publishes it, warms up with 1,000 searches and
 * measures 1,000 more: round trip on localhost (an upper bound of server time) and the server's own
 * {@code Server-Timing}. Run against a started demo instance, see docs/performance.md.
 */
public final class TechlistSearchBenchmark {

    private static final String[] WORDS = {"kwantum", "sensor", "netwerk", "laser", "chip", "reactor", "vaccin", "radar",
            "algoritme", "robot", "zwerm", "cryptografie", "materiaal", "detector", "antenne", "satelliet", "membraan",
            "katalysator", "isotoop", "optica", "batterij", "drone", "genoom", "eiwit", "software", "supergeleider"};

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TechlistSearchBenchmark.class.getName());

    private TechlistSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0].replaceAll("/$", "") : "http://localhost:8080";
        String token = args.length > 1 ? args[1] : "demo-token-list-admin";
        int warmup = 1000;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        HttpClient http = HttpClient.newHttpClient();
        String list = "BENCH-" + System.currentTimeMillis() % 1_000_000;

        send(http, base, token, "POST", "/api/v1/technology-lists", "application/json",
                "{\"code\":\"" + list + "\",\"nameNl\":\"Benchmarklijst\",\"nameEn\":\"Benchmark list\"}", 201);
        String draft = send(http, base, token, "POST", "/api/v1/technology-lists/" + list + "/drafts", "application/json", "", 201);
        String number = first(draft, "\"number\":(\\d+)");
        String csv = generate();
        send(http, base, token, "POST", "/api/v1/technology-lists/" + list + "/versions/" + number + "/import", "text/csv", csv, 200);
        String version = first(send(http, base, token, "GET", "/api/v1/technology-lists/" + list + "/versions/" + number, null, null, 200),
                "\"version\":(\\d+)");
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        send(http, base, token, "POST", "/api/v1/technology-lists/" + list + "/versions/" + number + "/publication", "application/json",
                "{\"effectiveDate\":\"" + today + "\",\"legalReference\":\"Benchmark\",\"version\":" + version + "}", 200);
        int entries = csv.split("\n").length - 1;

        Random random = new Random(42);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < warmup + measured; i++) {
            queries.add(switch (i % 4) {
                case 0 -> String.valueOf(1 + random.nextInt(20));
                case 1 -> (1 + random.nextInt(20)) + "." + (1 + random.nextInt(10));
                case 2 -> WORDS[random.nextInt(WORDS.length)];
                default -> WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            });
        }
        double[] roundTrip = new double[measured];
        double[] server = new double[measured];
        for (int i = 0; i < warmup + measured; i++) {
            String path = "/api/v1/technology-lists/" + list + "/versions/" + number + "/entries?limit=100&q="
                    + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8);
            BenchmarkHttp.Timed timed = BenchmarkHttp.get(http, base, token, path);
            if (i >= warmup) {
                roundTrip[i - warmup] = timed.roundTrip();
                server[i - warmup] = timed.server();
            }
        }
        LOG.info(String.format(Locale.ROOT, "list %s: %d entries, %d warm-up and %d measured searches (limit=100)", list, entries, warmup, measured));
        report("round trip on localhost", roundTrip);
        report("server (Server-Timing)", server);
    }

    /** 20 clusters, 10 sub-areas each, 24 items under every sub-area: 5,020 entries. */
    static String generate() {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("code,parent_code,title_nl,title_en,description_nl,references\n");
        for (int c = 1; c <= 20; c++) {
            csv.append(c).append(",,").append(title(random)).append(',').append(title(random)).append(",,\n");
            for (int s = 1; s <= 10; s++) {
                csv.append(c).append('.').append(s).append(',').append(c).append(',').append(title(random)).append(',')
                        .append(title(random)).append(',').append(title(random)).append(' ').append(title(random)).append(",\n");
                for (int t = 1; t <= 24; t++) {
                    csv.append(c).append('.').append(s).append('.').append(t).append(',').append(c).append('.').append(s).append(',')
                            .append(title(random)).append(',').append(title(random)).append(",,").append(c % 10).append('A')
                            .append(String.format(Locale.ROOT, "%03d", random.nextInt(1000))).append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static String title(Random random) {
        return WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
    }

}
