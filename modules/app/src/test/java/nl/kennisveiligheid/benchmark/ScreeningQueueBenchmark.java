package nl.kennisveiligheid.benchmark;

import static nl.kennisveiligheid.benchmark.BenchmarkHttp.report;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Benchmark (not a test): the authority's work queue, an institution's own list and one request with its timeline,
 * with 1,000,000 requests over 10 years across 60 institutions (about 2 % open, as in life), on PostgreSQL, at 1 and
 * 4 concurrent clients: 500 warm-up and 1,000 measured requests per case, timed by the server ({@code Server-Timing}).
 * Run against a demo instance on PostgreSQL, see docs/performance.md.
 *
 * <p>The units and institutions come from the register benchmark's generator (20,000 units, 60 institutions); the
 * requests are generated in the database with {@code generate_series} (a server-side insert: 1,000,000 requests with
 * their Annex 2 entry and three timeline steps each), in the columns the screening module fills. It runs once; a
 * second run measures the data already there.
 */
public final class ScreeningQueueBenchmark {

    private static final Logger LOG = Logger.getLogger(ScreeningQueueBenchmark.class.getName());
    private static final int REQUESTS = 1_000_000;
    private static final long FIRST_ID = 100_000_000L;
    /** The requests after this one are open: the newest 2 %. */
    private static final int OPEN_FROM = REQUESTS - REQUESTS / 50;

    private ScreeningQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkHttp.Target target = BenchmarkHttp.Target.of(args);
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        List<Long> institutions = new ArrayList<>();
        List<Long> openIds = new ArrayList<>();
        List<Long> ownIds = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(target.jdbc(), target.user(), target.password())) {
            long own = UnitRegisterBenchmark.id(db, "select id from platform.institution where code = 'DEMO-UNI'");
            UnitRegisterBenchmark.generate(db, own);
            generate(db);
            try (Statement s = db.createStatement()) {
                var rs = s.executeQuery("select id from platform.institution order by id");
                while (rs.next()) {
                    institutions.add(rs.getLong(1));
                }
                rs = s.executeQuery("select id from screening.screening_request where status in ('SUBMITTED', 'AWAITING_SUPPLEMENT') order by id limit 2000");
                while (rs.next()) {
                    openIds.add(rs.getLong(1));
                }
                rs = s.executeQuery("select id from screening.screening_request where institution_id = " + own + " order by id desc limit 2000");
                while (rs.next()) {
                    ownIds.add(rs.getLong(1));
                }
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = target.base();
        int total = 500 + measured;
        for (int clients : new int[] {1, 4}) {
            measure(http, base, "queue, first page of the open requests", "demo-token-authority-assessor", repeat("/api/v1/screening-requests?size=25", total), clients, measured);
            measure(http, base, "queue, views, filters, sorts and pages", "demo-token-authority-assessor", queuePaths(institutions, total), clients, measured);
            measure(http, base, "own list (Demo Universiteit)", "demo-token-institution-officer", ownPaths(total), clients, measured);
            measure(http, base, "one request (authority)", "demo-token-authority-assessor", pick(openIds, "", total), clients, measured);
            measure(http, base, "its timeline (authority)", "demo-token-authority-assessor", pick(openIds, "/timeline", total), clients, measured);
            measure(http, base, "one own request (institution)", "demo-token-institution-officer", pick(ownIds, "", total), clients, measured);
        }
    }

    static void measure(HttpClient http, String base, String what, String token, List<String> paths, int clients, int measured) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            BenchmarkHttp.run(pool, http, base, token, paths.subList(0, 500), clients);
            List<BenchmarkHttp.Timed> timed = BenchmarkHttp.run(pool, http, base, token, paths.subList(500, 500 + measured), clients);
            double[] server = timed.stream().mapToDouble(BenchmarkHttp.Timed::server).toArray();
            double[] roundTrip = timed.stream().mapToDouble(BenchmarkHttp.Timed::roundTrip).toArray();
            LOG.info(String.format(Locale.ROOT, "%s, %d client(s), %d measured requests:", what, clients, measured));
            report("  server (Server-Timing)", server);
            report("  round trip on localhost", roundTrip);
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> repeat(String path, int count) {
        return java.util.Collections.nCopies(count, path);
    }

    private static List<String> pick(List<Long> ids, String suffix, int count) {
        Random random = new Random(17);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paths.add("/api/v1/screening-requests/" + ids.get(random.nextInt(ids.size())) + suffix);
        }
        return paths;
    }

    /** The queue as assessors use it: each view, each filter, each sort, first and later pages. */
    private static List<String> queuePaths(List<Long> institutions, int count) {
        Random random = new Random(19);
        String[] views = {"OPEN", "NEW", "OVERDUE", "DUE_SOON", "MINE"};
        String[] sorts = {"dueOn", "-dueOn", "submittedOn", "-submittedOn", "reference", "unitName", "assignee", "status"};
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String query = switch (i % 7) {
                case 0 -> "view=" + views[random.nextInt(views.length)];
                case 1 -> "institutionId=" + institutions.get(random.nextInt(institutions.size()));
                case 2 -> "cluster=" + (1 + random.nextInt(11));
                case 3 -> "status=" + (random.nextBoolean() ? "SUBMITTED" : "AWAITING_SUPPLEMENT");
                case 4 -> "assignee=assessor";
                case 5 -> "reference=KVS-2026";
                default -> "sort=" + sorts[random.nextInt(sorts.length)];
            };
            int page = random.nextInt(10) < 8 ? 0 : random.nextInt(20);
            paths.add("/api/v1/screening-requests?size=25&first=" + page * 25 + "&" + query);
        }
        return paths;
    }

    /** What an institution's officers ask of their own list: all (newest first), by status, by unit, by reference, sorted. */
    private static List<String> ownPaths(int count) {
        Random random = new Random(23);
        String[] statuses = {"DRAFT", "SUBMITTED", "AWAITING_SUPPLEMENT", "WITHDRAWN", "DECIDED"};
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String query = switch (i % 4) {
                case 0 -> "view=ALL";
                case 1 -> "status=" + statuses[random.nextInt(statuses.length)];
                case 2 -> "reference=KVS-20" + (16 + random.nextInt(11));
                default -> "sort=" + (random.nextBoolean() ? "-submittedOn" : "dueOn");
            };
            int page = random.nextInt(10) < 8 ? 0 : random.nextInt(40);
            paths.add("/api/v1/screening-requests?size=25&first=" + page * 25 + "&" + query);
        }
        return paths;
    }

    // ---- the generator

    static void generate(Connection db) throws SQLException {
        long existing = UnitRegisterBenchmark.id(db, "select count(*) from screening.screening_request where id >= " + FIRST_ID);
        if (existing >= REQUESTS) {
            LOG.info(existing + " generated requests already there: measuring those");
            return;
        }
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("create temporary table bench_unit as select row_number() over (order by u.id) as rn, u.id, u.institution_id, u.name, u.clusters, "
                    + "(select e.entry_key from units.unit_version v join units.unit_version_entry e on e.unit_version_id = v.id "
                    + " where v.unit_id = u.id order by e.id limit 1) as entry_key, "
                    + "(select e.entry_code from units.unit_version v join units.unit_version_entry e on e.unit_version_id = v.id "
                    + " where v.unit_id = u.id order by e.id limit 1) as entry_code "
                    + "from units.high_risk_unit u where u.status = 'REGISTERED'");
            long units = UnitRegisterBenchmark.id(db, "select count(*) from bench_unit");
            // g = 1..N in order of submission over 10 years; the newest 2 % open (submitted in the last 6 weeks), the others decided or withdrawn
            s.execute("insert into screening.screening_request (id, institution_id, reference, status, kind, person_reference, given_names, surname, "
                    + "birth_date, birth_place, birth_country, nationalities, stateless, email, access_role, unit_id, unit_name, clusters, list_code, "
                    + "list_version, research_topic, supervisor, intended_start, intended_end, submitted_on, submitted_at, decision_period_weeks, "
                    + "assignee, due_on, supplement_due_on, open_request, created_at, created_by, updated_at, updated_by, version) "
                    + "select " + FIRST_ID + " + g, u.institution_id, "
                    + "'KVS-' || extract(year from d.submitted) || '-' || lpad(g::text, 7, '0'), "
                    + "case when g > " + OPEN_FROM + " then (case when g % 4 = 0 then 'AWAITING_SUPPLEMENT' else 'SUBMITTED' end) "
                    + "     when g % 13 = 0 then 'WITHDRAWN' else 'DECIDED' end, "
                    + "'FIRST_ACCESS', 'P-' || g, 'Given' || (g % 997), 'Surname' || (g % 7919), date '1980-01-01' + (g % 7000), 'Plaats', 'NL', ',NL,', false, "
                    + "'p' || g || '@example.org', 'RESEARCHER', u.id, u.name, u.clusters, 'ANNEX2', 1, 'Onderwerp ' || (g % 101), 'Begeleider', "
                    + "d.submitted + 30, d.submitted + 1460, d.submitted, d.submitted::timestamp at time zone 'UTC', 4, "
                    + "case when g > " + OPEN_FROM + " then (case when g % 3 = 0 then 'assessor' when g % 5 = 0 then null else 'bench-assessor-' || (g % 12) end) "
                    + "     else 'bench-assessor-' || (g % 12) end, "
                    + "d.submitted + 28, case when g > " + OPEN_FROM + " and g % 4 = 0 then current_date + 7 else null end, "
                    + "case when g > " + OPEN_FROM + " then 1 else 0 end, "
                    + "now(), 'benchmark', now(), 'benchmark', 0 "
                    + "from generate_series(1, " + REQUESTS + ") g "
                    + "join bench_unit u on u.rn = 1 + (g::bigint * 7919) % " + units + " "
                    + "cross join lateral (select case when g > " + OPEN_FROM + " then current_date - 42 + ((g - " + OPEN_FROM + ") * 42 / "
                    + (REQUESTS - OPEN_FROM) + ") else date '2016-12-01' + ((g::bigint * 3600) / " + REQUESTS + ")::int end as submitted) d");
            s.execute("insert into screening.request_entry (request_id, position, entry_key, entry_code) "
                    + "select r.id, 0, u.entry_key, u.entry_code from screening.screening_request r join bench_unit u on u.id = r.unit_id "
                    + "where r.id > " + FIRST_ID + " and u.entry_key is not null");
            s.execute("insert into screening.timeline_event (id, request_id, occurred_at, occurred_on, kind, actor, detail, due_on, created_at, created_by, "
                    + "updated_at, updated_by, version) "
                    + "select " + (3 * FIRST_ID) + " + r.id * 3 + k.n, r.id, r.submitted_at + k.n * interval '1 hour', r.submitted_on, k.kind, 'benchmark', null, "
                    + "r.due_on, now(), 'benchmark', now(), 'benchmark', 0 "
                    + "from screening.screening_request r cross join (values (0, 'CREATED'), (1, 'SUBMITTED'), (2, 'RECEIPT_CONFIRMED')) k(n, kind) "
                    + "where r.id > " + FIRST_ID);
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            // as autovacuum would after a while: statistics, and the visibility map that lets counts read an index alone
            s.execute("vacuum analyze screening.screening_request");
            s.execute("vacuum analyze screening.timeline_event");
            s.execute("vacuum analyze screening.request_entry");
        }
        LOG.info(String.format(Locale.ROOT, "generated %d requests with their entries and timelines in %.1f s", REQUESTS, (System.nanoTime() - start) / 1e9));
    }
}
