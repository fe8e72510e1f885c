package nl.kennisveiligheid.benchmark;

import static nl.kennisveiligheid.benchmark.BenchmarkHttp.report;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Benchmark (not a test): the national register and an institution's list of high-risk units with 20,000 units
 * across 60 institutions, on PostgreSQL, at 1 and at 4 concurrent clients: 1,000 warm-up and 1,000 measured
 * requests each, a mix of filters (none, institution, cluster, status, name, review needed) and pages, timed by
 * the server ({@code Server-Timing}). Run against a demo instance started on PostgreSQL, see docs/performance.md.
 *
 * <p>The generator writes the units straight into the database (58 institutions {@code BENCH-01..58} besides the
 * two demo institutions; 1,000 units for Demo Universiteit, whose demo token measures "an institution's list"),
 * filling the same columns the units module fills: going through the REST API would need a token per
 * institution, which only that institution's own administrator can issue. It runs once; a second run measures
 * the data already there.
 */
public final class UnitRegisterBenchmark {

    private static final Logger LOG = Logger.getLogger(UnitRegisterBenchmark.class.getName());
    private static final int UNITS = 20_000;
    private static final int INSTITUTIONS = 60;
    private static final int OWN_UNITS = 1_000;
    private static final String[] WORDS = {"Kwantum", "Fotonica", "Radar", "Cryo", "Nano", "Laser", "Chip", "Drone", "Vaccin", "Robot",
            "Sensor", "Netwerk", "Materiaal", "Isotopen", "Satelliet", "Genoom", "Batterij", "Optica", "Plasma", "Micro"};
    private static final String[] KINDS = {"RESEARCH_GROUP", "LABORATORY", "PROJECT", "PROGRAMME", "FACILITY"};

    private UnitRegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkHttp.Target target = BenchmarkHttp.Target.of(args);
        String base = target.base();
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        long own;
        try (Connection db = DriverManager.getConnection(target.jdbc(), target.user(), target.password())) {
            own = id(db, "select id from platform.institution where code = 'DEMO-UNI'");
            generate(db, own);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> institutions = new ArrayList<>();
        String listed = BenchmarkHttp.send(http, base, "demo-token-system-admin", "GET", "/api/v1/institutions", null, null, 200);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(listed);
        while (m.find()) {
            institutions.add(Long.parseLong(m.group(1)));
        }
        for (int clients : new int[] {1, 4}) {
            measure(http, base, "register (assessor)", "demo-token-authority-assessor", registerPaths(institutions, 2 * (1000 + measured)),
                    clients, measured);
            measure(http, base, "own list (Demo Universiteit)", "demo-token-institution-officer", ownPaths(2 * (1000 + measured)),
                    clients, measured);
        }
    }

    /** 1,000 warm-up requests, then {@code measured} requests spread over {@code clients} threads. */
    private static void measure(HttpClient http, String base, String what, String token, List<String> paths, int clients, int measured)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            BenchmarkHttp.run(pool, http, base, token, paths.subList(0, 1000), clients);
            List<BenchmarkHttp.Timed> timed = BenchmarkHttp.run(pool, http, base, token, paths.subList(1000, 1000 + measured), clients);
            double[] server = new double[timed.size()];
            double[] roundTrip = new double[timed.size()];
            for (int i = 0; i < timed.size(); i++) {
                server[i] = timed.get(i).server();
                roundTrip[i] = timed.get(i).roundTrip();
            }
            LOG.info(String.format(Locale.ROOT, "%s, %d client(s), %d measured requests:", what, clients, measured));
            report("  server (Server-Timing)", server);
            report("  round trip on localhost", roundTrip);
        } finally {
            pool.shutdown();
        }
    }

    /** What authority staff ask of the register: filters alone and combined, first and later pages of 25. */
    private static List<String> registerPaths(List<Long> institutions, int count) {
        Random random = new Random(11);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String query = switch (i % 6) {
                case 0 -> "";
                case 1 -> "institutionId=" + institutions.get(random.nextInt(institutions.size()));
                case 2 -> "cluster=" + (1 + random.nextInt(11));
                case 3 -> "status=" + (random.nextBoolean() ? "REGISTERED" : "CLOSED") + "&cluster=" + (1 + random.nextInt(11));
                case 4 -> "name=" + URLEncoder.encode(WORDS[random.nextInt(WORDS.length)].toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
                default -> "institutionId=" + institutions.get(random.nextInt(institutions.size())) + "&status=REGISTERED";
            };
            int page = random.nextInt(10) < 8 ? 0 : random.nextInt(40);
            paths.add("/api/v1/units?size=25&first=" + page * 25 + (query.isEmpty() ? "" : "&" + query));
        }
        return paths;
    }

    /** What an institution's officers ask of their own list. */
    private static List<String> ownPaths(int count) {
        Random random = new Random(13);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String query = switch (i % 5) {
                case 0 -> "";
                case 1 -> "cluster=" + (1 + random.nextInt(11));
                case 2 -> "status=" + (random.nextInt(3) == 0 ? "DRAFT" : "REGISTERED");
                case 3 -> "name=" + URLEncoder.encode(WORDS[random.nextInt(WORDS.length)].toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
                default -> "reviewNeeded=true";
            };
            int page = random.nextInt(10) < 8 ? 0 : random.nextInt(8);
            paths.add("/api/v1/units?size=25&first=" + page * 25 + (query.isEmpty() ? "" : "&" + query));
        }
        return paths;
    }

    // ---- the generator

    static void generate(Connection db, long own) throws SQLException {
        long existing = id(db, "select count(*) from units.high_risk_unit");
        if (existing >= UNITS) {
            LOG.info(existing + " units already there: measuring those");
            return;
        }
        long start = System.nanoTime();
        db.setAutoCommit(false);
        List<String[]> entries = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select e.entry_key, e.code, v.number from techlist.list_entry e join techlist.list_version v on v.id = e.version_id "
                        + "join techlist.technology_list l on l.id = v.list_id where l.code = 'ANNEX2' and v.status = 'PUBLISHED' "
                        + "and v.number = (select min(v2.number) from techlist.list_version v2 where v2.list_id = l.id and v2.status = 'PUBLISHED') "
                        + "and e.retired = false and e.parent_key is null")) {
            while (rs.next()) {
                entries.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        List<Long> institutions = new ArrayList<>();
        institutions.add(own);
        institutions.add(id(db, "select id from platform.institution where code = 'DEMO-HS'"));
        Ids institutionIds = new Ids(db, "platform.institution_seq");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = db.prepareStatement("insert into platform.institution (id, code, name, kind, created_at, created_by, "
                + "updated_at, updated_by, version) values (?, ?, ?, ?, ?, 'benchmark', ?, 'benchmark', 0)")) {
            for (int i = 1; i <= INSTITUTIONS - 2; i++) {
                long id = institutionIds.next();
                insert.setLong(1, id);
                insert.setString(2, String.format(Locale.ROOT, "BENCH-%02d", i));
                insert.setString(3, String.format(Locale.ROOT, "Benchmarkinstelling %02d", i));
                insert.setString(4, i % 4 == 0 ? "UNIVERSITY_MEDICAL_CENTRE" : i % 3 == 0 ? "TO2_INSTITUTE" : i % 2 == 0 ? "UNIVERSITY_OF_APPLIED_SCIENCES" : "UNIVERSITY");
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.addBatch();
                institutions.add(id);
            }
            insert.executeBatch();
        }
        Random random = new Random(5);
        Ids unitIds = new Ids(db, "units.high_risk_unit_seq");
        Ids versionIds = new Ids(db, "units.unit_version_seq");
        Ids entryIds = new Ids(db, "units.unit_version_entry_seq");
        try (PreparedStatement unit = db.prepareStatement("insert into units.high_risk_unit (id, institution_id, status, name, kind, faculty, "
                + "clusters, current_version, registered_on, closed_on, close_reason, review_needed, review_note, created_at, created_by, "
                + "updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'benchmark', ?, 'benchmark', 0)");
             PreparedStatement version = db.prepareStatement("insert into units.unit_version (id, unit_id, number, recorded_at, recorded_by, "
                     + "by_system, status, name, kind, faculty, rooms, head_name, head_email, contact_name, contact_email, measures_physical, "
                     + "list_code, list_version, created_at, created_by, updated_at, updated_by, version) values (?, ?, 1, ?, 'benchmark', false, ?, "
                     + "?, ?, ?, ?, 'Hoofd', 'hoofd@bench.nl', 'Contact', 'ks@bench.nl', 'Toegangspas', 'ANNEX2', ?, ?, 'benchmark', ?, 'benchmark', 0)");
             PreparedStatement entry = db.prepareStatement("insert into units.unit_version_entry (id, unit_version_id, entry_key, entry_code, "
                     + "reason, created_at, created_by, updated_at, updated_by, version) values (?, ?, ?, ?, 'Benchmark', ?, 'benchmark', ?, 'benchmark', 0)")) {
            for (int n = 0; n < UNITS - existing; n++) {
                long institution = n < OWN_UNITS ? own : institutions.get(1 + random.nextInt(institutions.size() - 1));
                int roll = random.nextInt(100);
                String status = roll < 5 ? "DRAFT" : roll < 10 ? "CLOSED" : "REGISTERED";
                List<String[]> chosen = new ArrayList<>(entries);
                Collections.shuffle(chosen, random);
                chosen = chosen.subList(0, 1 + random.nextInt(3));
                chosen.sort((a, b) -> Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1])));
                String clusters = "," + String.join(",", chosen.stream().map(e -> e[1]).toList()) + ",";
                String name = WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)].toLowerCase(Locale.ROOT)
                        + " " + KINDS[random.nextInt(KINDS.length)].charAt(0) + " " + n;
                String kind = KINDS[random.nextInt(KINDS.length)];
                long id = unitIds.next();
                unit.setLong(1, id);
                unit.setLong(2, institution);
                unit.setString(3, status);
                unit.setString(4, name);
                unit.setString(5, kind);
                unit.setString(6, "Faculteit " + (1 + random.nextInt(8)));
                unit.setString(7, clusters);
                unit.setObject(8, "DRAFT".equals(status) ? null : now.toLocalDate().minusDays(random.nextInt(700) + 30));
                unit.setObject(9, "CLOSED".equals(status) ? now.toLocalDate().minusDays(random.nextInt(25)) : null);
                unit.setString(10, "CLOSED".equals(status) ? "Project afgerond" : null);
                boolean review = !"CLOSED".equals(status) && random.nextInt(50) == 0;
                unit.setBoolean(11, review);
                unit.setString(12, review ? "ANNEX2 v2\nCHANGED " + chosen.get(0)[1] + " (titleNl)" : null);
                unit.setObject(13, now);
                unit.setObject(14, now);
                unit.addBatch();
                long versionId = versionIds.next();
                version.setLong(1, versionId);
                version.setLong(2, id);
                version.setObject(3, now);
                version.setString(4, status);
                version.setString(5, name);
                version.setString(6, kind);
                version.setString(7, "Faculteit");
                version.setString(8, "Lab " + n);
                version.setInt(9, Integer.parseInt(chosen.get(0)[2]));
                version.setObject(10, now);
                version.setObject(11, now);
                version.addBatch();
                for (String[] e : chosen) {
                    entry.setLong(1, entryIds.next());
                    entry.setLong(2, versionId);
                    entry.setString(3, e[0]);
                    entry.setString(4, e[1]);
                    entry.setObject(5, now);
                    entry.setObject(6, now);
                    entry.addBatch();
                }
                if (n % 1000 == 999) {
                    unit.executeBatch();
                    version.executeBatch();
                    entry.executeBatch();
                }
            }
            unit.executeBatch();
            version.executeBatch();
            entry.executeBatch();
        }
        db.commit();
        try (Statement s = db.createStatement()) {
            s.execute("analyze units.high_risk_unit");
        }
        LOG.info(String.format(Locale.ROOT, "generated %d units across %d institutions in %.1f s", UNITS - existing, institutions.size(),
                (System.nanoTime() - start) / 1e9));
    }

    static long id(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Ids from a sequence the way the entities take them: a block of 50 per value, below the value. */
    private static final class Ids {
        private final Connection db;
        private final String sequence;
        private long next;
        private long end;

        Ids(Connection db, String sequence) {
            this.db = db;
            this.sequence = sequence;
        }

        long next() throws SQLException {
            if (next >= end) {
                end = id(db, "select nextval('" + sequence + "')");
                next = end - 49;
            }
            return next++;
        }
    }
}
