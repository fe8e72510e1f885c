package nl.kennisveiligheid.benchmark;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.api.SubjectKind;
import nl.kennisveiligheid.signals.control.lists.ParsedEdition;
import nl.kennisveiligheid.signals.control.lists.SanctionsFiles;
import nl.kennisveiligheid.signals.control.matching.IndexedDesignation;
import nl.kennisveiligheid.signals.control.matching.MatcherDefaults;
import nl.kennisveiligheid.signals.control.matching.SanctionsMatcher;

/**
 * The name matcher's speed and size (docs/performance.md), with the newest edition of every list at hand (UN
 * 2026-08-01, OFAC SDN 2021-07 set, OFAC consolidated 2026-01-08, UK 2018; about 32,000 names): reading the files
 * and building the index, the heap the matcher holds, and screening a person with 10 affiliated organisations
 * (11 names) in-process on one thread (run it pinned to one core: {@code taskset -c 0 mvn ...}). With a base URL
 * as argument it also loads the same editions into that running product over REST (as the demo list administrator)
 * and measures the server's time for a screening.
 *
 * <pre>taskset -c 0 mvn -q -o -Pbenchmark -pl modules/app -am package -DskipTests -Dbenchmark=SanctionsMatcherBenchmark \
 *     -Dbenchmark.args="modules/signals/src/test/resources/sanctions http://localhost:8080"</pre>
 */
public final class SanctionsMatcherBenchmark {

    private static final Logger LOG = Logger.getLogger(SanctionsMatcherBenchmark.class.getName());
    private static final int PERSONS = 3000;
    private static final int WARM_UP = 1000;
    private static final String[] ORGANISATIONS = {"Delft University of Technology", "University of Tehran", "Tsinghua University",
            "Moscow Institute of Physics and Technology", "Max Planck Institute for Quantum Optics", "Shanghai Jiao Tong University",
            "Korea Advanced Institute of Science and Technology", "Sharif University of Technology", "ETH Zurich", "Imperial College London",
            "Harbin Engineering University", "Beihang University", "Eindhoven University of Technology", "Philips Research",
            "ASML Netherlands B.V.", "TNO Defence Security and Safety", "Huawei Technologies Co., Ltd.", "Rosatom State Corporation",
            "Islamic Revolutionary Guard Corps", "National University of Defense Technology"};

    private SanctionsMatcherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "modules/signals/src/test/resources/sanctions");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "signals", "src", "test", "resources", "sanctions");
        }
        Path un = dir.resolve("../../../main/resources/nl/kennisveiligheid/signals/demo/un_consolidated_2026-08-01.xml").normalize();
        byte[][] files = {Files.readAllBytes(un), zip(dir.resolve("ofac/sdn_csv_2021-07")), Files.readAllBytes(dir.resolve(
                "ofac/ofac_consolidated_nonsdn_2026-01-08.xml")), Files.readAllBytes(dir.resolve("uk/ofsi_conlist_2018-04-13.csv"))};
        SanctionsSource[] sources = {SanctionsSource.UN, SanctionsSource.OFAC_SDN, SanctionsSource.OFAC_CONS, SanctionsSource.UK};

        // reading and indexing, five times (the first warms the JIT up)
        SanctionsMatcher matcher = null;
        List<IndexedDesignation> designations = null;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            designations = new ArrayList<>();
            for (int i = 0; i < files.length; i++) {
                ParsedEdition edition = SanctionsFiles.read(sources[i], files[i], 64L * 1024 * 1024);
                for (Designation d : edition.designations()) {
                    designations.add(new IndexedDesignation(sources[i], i + 1, d));
                }
            }
            long read = System.nanoTime();
            matcher = SanctionsMatcher.of(designations);
            long built = System.nanoTime();
            LOG.info(String.format(Locale.ROOT, "round %d: %d designations, %d names: read %d ms, index %d ms, together %d ms", round,
                    matcher.designations(), matcher.names(), (read - start) / 1_000_000, (built - read) / 1_000_000, (built - start) / 1_000_000));
        }

        // heap held by the matcher (the designations as read and the index), after full collections
        matcher = null;
        designations = null;
        collect();
        long before = used();
        List<IndexedDesignation> read = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            for (Designation d : SanctionsFiles.read(sources[i], files[i], 64L * 1024 * 1024).designations()) {
                read.add(new IndexedDesignation(sources[i], i + 1, d));
            }
        }
        SanctionsMatcher held = SanctionsMatcher.of(read);
        read = null;
        collect();
        long after = used();
        LOG.info(String.format(Locale.ROOT, "heap held by the matcher (designations and index): %.1f MB", (after - before) / 1024.0 / 1024.0));

        // screening a person with 10 affiliated organisations, one thread
        List<List<ScreeningQuery>> persons = persons(held, PERSONS + WARM_UP);
        double[] times = new double[PERSONS];
        long hits = 0;
        for (int p = 0; p < persons.size(); p++) {
            long start = System.nanoTime();
            for (ScreeningQuery query : persons.get(p)) {
                hits += held.screen(query, MatcherDefaults.THRESHOLD).size();
            }
            long end = System.nanoTime();
            if (p >= WARM_UP) {
                times[p - WARM_UP] = (end - start) / 1_000_000.0;
            }
        }
        BenchmarkHttp.report("person + 10 organisations, in-process", times);
        LOG.info("hits in the run: " + hits + " (" + Runtime.getRuntime().availableProcessors() + " processor(s) visible)");

        if (args.length > 1) {
            overRest(args[1].replaceAll("/$", ""), sources, files, persons.subList(0, 600));
        }
    }

    /** Loads the editions into the running product and times screenings there (server time and round trip). */
    private static void overRest(String base, SanctionsSource[] sources, byte[][] files, List<List<ScreeningQuery>> persons) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < files.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/sanctions-lists/"
                            + sources[i] + "/editions")).header("Authorization", "Bearer demo-token-list-admin")
                    .header("Content-Type", "application/octet-stream").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(files[i])).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(sources[i] + " answered " + response.statusCode() + ": " + response.body());
            }
            LOG.info(String.format(Locale.ROOT, "loaded %s over REST in %d ms", sources[i], (System.nanoTime() - start) / 1_000_000));
        }
        List<Double> server = new ArrayList<>();
        List<Double> roundTrip = new ArrayList<>();
        List<Double> perPerson = new ArrayList<>();
        for (int p = 0; p < persons.size(); p++) {
            double personServer = 0;
            for (ScreeningQuery query : persons.get(p)) {
                String body = "{\"name\":\"" + query.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                        + (query.kind() == null ? "" : ",\"kind\":\"" + query.kind().name().toLowerCase(Locale.ROOT) + "\"") + "}";
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(BenchmarkHttp.request(base, "demo-token-authority-assessor", "POST",
                        "/api/v1/sanctions-screenings", "application/json", body), HttpResponse.BodyHandlers.ofString());
                long end = System.nanoTime();
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("screening answered " + response.statusCode() + ": " + response.body());
                }
                double dur = Double.parseDouble(response.headers().firstValue("Server-Timing").orElseThrow().replaceAll(".*dur=([0-9.]+).*", "$1"));
                if (p >= 100) {
                    server.add(dur);
                    roundTrip.add((end - start) / 1_000_000.0);
                }
                personServer += dur;
            }
            if (p >= 100) {
                perPerson.add(personServer);
            }
        }
        BenchmarkHttp.report("one name over REST, server time", server.stream().mapToDouble(Double::doubleValue).toArray());
        BenchmarkHttp.report("one name over REST, round trip", roundTrip.stream().mapToDouble(Double::doubleValue).toArray());
        BenchmarkHttp.report("person + 10 orgs over REST, server", perPerson.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Persons to screen: a listed or an ordinary name, each with 10 organisations (listed entities and ordinary institutes). */
    private static List<List<ScreeningQuery>> persons(SanctionsMatcher matcher, int count) throws Exception {
        Random random = new Random(42);
        String[] given = {"Jan", "Maria", "Wei", "Li", "Mohammed", "Ali", "Olga", "Sergey", "Fatima", "Reza", "Anna", "Pieter", "Kim", "Hassan"};
        String[] family = {"de Vries", "Jansen", "Zhang", "Wang", "Hosseini", "Petrov", "Ivanova", "Rahimi", "Bakker", "Park", "Khan", "Smit"};
        List<List<ScreeningQuery>> persons = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<ScreeningQuery> queries = new ArrayList<>();
            queries.add(new ScreeningQuery(given[random.nextInt(given.length)] + " " + family[random.nextInt(family.length)], null, null,
                    SubjectKind.PERSON));
            for (int o = 0; o < 10; o++) {
                queries.add(new ScreeningQuery(ORGANISATIONS[random.nextInt(ORGANISATIONS.length)], null, null, SubjectKind.ENTITY));
            }
            persons.add(queries);
        }
        return persons;
    }

    private static byte[] zip(Path folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new String[]{"sdn.csv", "alt.csv", "add.csv"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Files.readAllBytes(folder.resolve(name)));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void collect() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
