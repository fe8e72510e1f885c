package nl.kennisveiligheid.benchmark;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Benchmark (not a test): the access check ({@code GET /api/v1/access-checks}), the question badge systems ask most,
 * with 100,000 signed decisions on PostgreSQL, at 1 and 4 concurrent clients: 500 warm-up and 2,000 measured checks per
 * case, timed by the server ({@code Server-Timing}), each one logged as in production. Targets: p95 under 5 ms with one
 * client, under 15 ms with four. Run against a demo instance on PostgreSQL, see docs/performance.md.
 *
 * <p>The units come from the register benchmark's generator (20,000 units, 60 institutions); the decisions (with the
 * assessments they were signed from) are generated in the database with {@code generate_series}: every outcome, a few
 * decisions per person, some expired, some effective later. The checks ask Demo Universiteit's units about its people
 * (most with a decision, one in five unknown) on today and other days.
 */
public final class AccessCheckBenchmark {

    private static final Logger LOG = Logger.getLogger(AccessCheckBenchmark.class.getName());
    private static final int DECISIONS = 100_000;
    private static final long FIRST_ID = 100_000_000L;

    private AccessCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkHttp.Target target = BenchmarkHttp.Target.of(args);
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        List<String> pairs = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(target.jdbc(), target.user(), target.password())) {
            long own = UnitRegisterBenchmark.id(db, "select id from platform.institution where code = 'DEMO-UNI'");
            UnitRegisterBenchmark.generate(db, own);
            generate(db);
            try (Statement s = db.createStatement()) {
                var rs = s.executeQuery("select unit_id, person_reference from decisions.access_decision where institution_id = " + own
                        + " and id >= " + FIRST_ID + " order by id limit 5000");
                while (rs.next()) {
                    pairs.add("unit=" + rs.getLong(1) + "&person=" + rs.getString(2));
                }
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException("No generated decisions of Demo Universiteit: is the demo instance on this database?");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int total = 500 + measured;
        for (int clients : new int[] {1, 4}) {
            ScreeningQueueBenchmark.measure(http, target.base(), "access check (Demo Universiteit's badge system)", "demo-token-institution-officer",
                    paths(pairs, total), clients, measured);
        }
    }

    /** Checks as a badge system asks them: mostly today, some on another day, one in five about someone without a decision. */
    private static List<String> paths(List<String> pairs, int count) {
        Random random = new Random(29);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String pair = pairs.get(random.nextInt(pairs.size()));
            if (i % 5 == 4) {
                pair = pair.replaceAll("person=.*", "person=P-UNKNOWN-" + random.nextInt(100_000));
            }
            String date = i % 3 == 2 ? "&date=" + java.time.LocalDate.now().plusDays(random.nextInt(800) - 400) : "";
            paths.add("/api/v1/access-checks?" + pair + date);
        }
        return paths;
    }

    static void generate(Connection db) throws SQLException {
        long existing = UnitRegisterBenchmark.id(db, "select count(*) from decisions.access_decision where id >= " + FIRST_ID);
        if (existing >= DECISIONS) {
            LOG.info(existing + " generated decisions already there: measuring those");
            return;
        }
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("create temporary table bench_unit as select row_number() over (order by u.id) as rn, u.id, u.institution_id, u.name "
                    + "from units.high_risk_unit u where u.status = 'REGISTERED'");
            long units = UnitRegisterBenchmark.id(db, "select count(*) from bench_unit");
            // person g % 40000: most people have two or three decisions, on one unit (a grant, then a renewal or a refusal)
            s.execute("insert into decisions.assessment (id, request_id, round, request_reference, institution_id, unit_id, person_reference, state, "
                    + "proposed_outcome, reasons, legal_basis, prepared_by, prepared_at, created_at, created_by, updated_at, updated_by, version) "
                    + "select " + FIRST_ID + " + g, " + FIRST_ID + " + g, 1, 'KVS-B-' || lpad(g::text, 7, '0'), u.institution_id, u.id, "
                    + "'P-B' || (g % 40000), 'SIGNED', o.outcome, 'Gegenereerd', 'Wet screening kennisveiligheid', 'bench-assessor', now(), "
                    + "now(), 'benchmark', now(), 'benchmark', 0 "
                    + "from generate_series(1, " + DECISIONS + ") g "
                    + "join bench_unit u on u.rn = 1 + ((g % 40000)::bigint * 7919) % " + units + " "
                    + "cross join lateral (select case when g % 10 < 6 then 'GRANTED' when g % 10 < 8 then 'GRANTED_WITH_CONDITIONS' "
                    + "  when g % 10 = 8 then 'REFUSED' else 'NOT_PROCESSED' end as outcome) o");
            s.execute("insert into decisions.access_decision (id, reference, assessment_id, request_id, request_reference, institution_id, unit_id, "
                    + "unit_name, person_reference, person_name, outcome, conditions, reasons, legal_basis, list_code, list_version, prepared_by, "
                    + "signed_by, signed_at, decided_on, sent_on, effective_from, expires_on, due_on, days_late, created_at, created_by, updated_at, "
                    + "updated_by, version) "
                    + "select a.id, a.request_reference || '-B1', a.id, a.request_id, a.request_reference, a.institution_id, a.unit_id, u.name, "
                    + "a.person_reference, 'Persoon ' || a.person_reference, a.proposed_outcome, "
                    + "case when a.proposed_outcome = 'GRANTED_WITH_CONDITIONS' then 'Toegang alleen onder begeleiding.' else null end, "
                    + "'Gegenereerd', a.legal_basis, 'ANNEX2', 1, 'bench-assessor', 'bench-decider', d.decided::timestamp at time zone 'UTC', "
                    + "d.decided, d.decided, d.decided + (a.id % 40)::int, "
                    + "case when a.proposed_outcome in ('GRANTED', 'GRANTED_WITH_CONDITIONS') then d.decided + 365 * (1 + (a.id % 4)::int) else null end, "
                    + "d.decided, 0, now(), 'benchmark', now(), 'benchmark', 0 "
                    + "from decisions.assessment a join bench_unit u on u.id = a.unit_id "
                    + "cross join lateral (select current_date - 2000 + ((a.id - " + FIRST_ID + ") * 2000 / " + DECISIONS + ")::int as decided) d "
                    + "where a.id > " + FIRST_ID);
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze decisions.assessment");
            s.execute("vacuum analyze decisions.access_decision");
        }
        LOG.info(String.format(Locale.ROOT, "generated %d decisions in %.1f s", DECISIONS, (System.nanoTime() - start) / 1e9));
    }
}
