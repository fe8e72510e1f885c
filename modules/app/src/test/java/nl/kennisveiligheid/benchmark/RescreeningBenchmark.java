package nl.kennisveiligheid.benchmark;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Benchmark (not a test): re-screening 100,000 people in open requests when a list changes, and in full. Run against a
 * demo instance on PostgreSQL (see docs/performance.md). The people are generated in the database (names from pools of
 * Dutch, Chinese, Arabic, Persian, Russian, Indian and Latin American given names and surnames, dates of birth,
 * nationalities, one affiliation in three from a pool with some of Canada's named research organisations), among them
 * the people the August 2026 UN edition adds (every 5,000th). Then: the February 2026 UN edition is applied (the
 * difference the other way round), the August edition is applied and its re-screen timed (the alerts it raises), and
 * a full re-screen of everyone against every list in force is started and timed, its progress read as the screen
 * reads it ({@code GET /api/v1/signal-alerts/rescreen}).
 */
public final class RescreeningBenchmark {

    private static final Logger LOG = Logger.getLogger(RescreeningBenchmark.class.getName());
    private static final int PEOPLE = 100_000;
    private static final long FIRST_ID = 200_000_000L;
    private static final String ASSESSOR = "demo-token-authority-assessor";
    private static final String LIST_ADMIN = "demo-token-list-admin";
    private static final Path FEBRUARY = file("modules/signals/src/test/resources/sanctions/un/un_consolidated_2026-02-27.xml");
    private static final Path AUGUST = file("modules/signals/src/main/resources/nl/kennisveiligheid/signals/demo/un_consolidated_2026-08-01.xml");

    private static final String[] GIVEN = {"Jan", "Pieter", "Anna", "Sanne", "Daan", "Emma", "Lucas", "Sophie", "Wei", "Li", "Xiaoming", "Yan",
        "Jing", "Hui", "Zhang Wei", "Mohammed", "Ahmad", "Fatima", "Omar", "Aisha", "Hassan", "Ali", "Yusuf", "Layla", "Reza", "Maryam", "Hossein",
        "Zahra", "Mehdi", "Olga", "Ivan", "Sergei", "Natalia", "Dmitri", "Anastasia", "Alexei", "Priya", "Rahul", "Ananya", "Arjun", "Lakshmi",
        "Carlos", "Maria", "Juan", "Sofia", "Diego", "Valentina", "Mateo", "Camila", "Kwame", "Amara", "Chinedu", "Ngozi", "Tomasz", "Katarzyna",
        "Giulia", "Marco", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon", "Thabo", "Elif", "Mehmet", "Ayse", "Kateryna", "Andriy"};
    private static final String[] SURNAME = {"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Jong", "Mulder",
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo",
        "Al-Sayed", "Hassan", "Abdullah", "Khan", "Rahman", "Haddad", "Nasser", "Mansour", "Farouk", "Hosseini", "Mohammadi", "Rezaei", "Ahmadi",
        "Karimi", "Moradi", "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov", "Petrova", "Sharma", "Patel", "Singh", "Gupta",
        "Reddy", "Nair", "Garcia", "Rodriguez", "Martinez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Mensah", "Okafor",
        "Nowak", "Kowalski", "Rossi", "Russo", "Tanaka", "Suzuki", "Kim", "Park", "Nkosi", "Yilmaz", "Kaya", "Shevchenko", "Kovalenko"};
    private static final String[] NATIONALITY = {"NL", "NL", "NL", "CN", "CN", "IR", "RU", "IN", "CO", "DE", "BE", "TR", "UA", "EG", "NG"};
    private static final String[] ORGANISATION = {"Technische Universiteit Delft", "Universiteit Utrecht", "Tsinghua University", "Peking University",
        "Harbin Engineering University", "Beihang University", "Sharif University of Technology", "Moscow State University",
        "Indian Institute of Science", "Universidad Nacional de Colombia", "KU Leuven", "Max-Planck-Institut", "Zhejiang University",
        "National University of Defense Technology", "Skolkovo Institute of Science and Technology", "University of Tehran", "ETH Zurich"};
    /** The people the August 2026 UN edition adds, as an institution would write them. */
    private static final String[][] LISTED = {{"Claudia Viviana", "Oliveros Forero", "1973-01-02", "CO"}, {"Mateo Andres", "Duque Botero", "1975-04-07", "CO"},
        {"Alvaro Andres", "Quijano Becerra", "1967-07-18", "CO"}, {"Hamida", "Nabaggala", "1989-02-23", "UG"}, {"Corneille", "Nangaa Yobeluo", "1970-07-09", "CD"},
        {"John Imani", "Nzenze", "1978-08-06", "CD"}, {"Sami Jasim Muhammad Jaata", "al-Jaburi", "1974-07-01", "IQ"}};

    private RescreeningBenchmark() {
    }

    /** A file of the repository, from its root or from modules/app (where Maven may run). */
    private static Path file(String fromRoot) {
        Path path = Path.of(fromRoot);
        return Files.exists(path) ? path : Path.of("../..").resolve(fromRoot);
    }

    public static void main(String[] args) throws Exception {
        BenchmarkHttp.Target target = BenchmarkHttp.Target.of(args);
        try (Connection db = DriverManager.getConnection(target.jdbc(), target.user(), target.password())) {
            long own = UnitRegisterBenchmark.id(db, "select id from platform.institution where code = 'DEMO-UNI'");
            generate(db, own);
            LOG.info("open requests: " + UnitRegisterBenchmark.id(db, "select count(*) from screening.screening_request where open_request = 1"));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = target.base();
        long february = apply(http, base, FEBRUARY);
        report("UN 2026-02-27 applied (the difference the other way round)", await(http, base, february));
        long august = apply(http, base, AUGUST);
        report("UN 2026-08-01 applied (16 added, 8 removed)", await(http, base, august));
        BenchmarkHttp.send(http, base, ASSESSOR, "POST", "/api/v1/signal-alerts/rescreen", "application/json", "", 202);
        report("full re-screen against every list in force", await(http, base, -1));
    }

    private static long apply(HttpClient http, String base, Path file) throws Exception {
        String body = BenchmarkHttp.send(http, base, LIST_ADMIN, "POST", "/api/v1/sanctions-lists/UN/editions", "application/xml",
                Files.readString(file), 201);
        return Long.parseLong(BenchmarkHttp.first(body, "\"applied\":\\{[^}]*\"id\":(\\d+)"));
    }

    /** Polls the re-screen's status (as the screen does) until the run for {@code edition} (-1: a full one) has finished. */
    private static String await(HttpClient http, String base, long edition) throws Exception {
        long started = System.nanoTime();
        long lastLog = 0;
        while (true) {
            String status = BenchmarkHttp.send(http, base, ASSESSOR, "GET", "/api/v1/signal-alerts/rescreen", null, null, 200);
            boolean mine = edition < 0 ? !status.contains("\"editionId\":") : status.contains("\"editionId\":" + edition + ",");
            if (mine && status.contains("\"running\":false") && status.contains("\"finishedAt\"")) {
                if (status.contains("\"failed\":true")) {
                    throw new IllegalStateException("the re-screen failed: " + status);
                }
                return status;
            }
            if (System.nanoTime() - lastLog > 5_000_000_000L) {
                lastLog = System.nanoTime();
                LOG.info(String.format(Locale.ROOT, "  %.0f s: %s", (System.nanoTime() - started) / 1e9, status));
            }
            if (System.nanoTime() - started > 600_000_000_000L) {
                throw new IllegalStateException("no end after 10 minutes: " + status);
            }
            Thread.sleep(250);
        }
    }

    private static void report(String what, String status) {
        LOG.info(String.format(Locale.ROOT, "%s: %s people in %s ms, %s alerts", what, BenchmarkHttp.first(status, "\"done\":(\\d+)"),
                BenchmarkHttp.first(status, "\"millis\":(\\d+)"), BenchmarkHttp.first(status, "\"alerts\":(\\d+)")));
    }

    // ---- the generator

    static void generate(Connection db, long institution) throws SQLException {
        long existing = UnitRegisterBenchmark.id(db, "select count(*) from screening.screening_request where id >= " + FIRST_ID);
        if (existing >= PEOPLE) {
            LOG.info(existing + " generated people already there: re-screening those");
            return;
        }
        long start = System.nanoTime();
        long unit = UnitRegisterBenchmark.id(db, "select min(id) from units.high_risk_unit where status = 'REGISTERED'");
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            String given = array(GIVEN);
            String surname = array(SURNAME);
            String nationality = array(NATIONALITY);
            s.execute("insert into screening.screening_request (id, institution_id, reference, status, kind, person_reference, given_names, surname, "
                    + "birth_date, birth_place, birth_country, nationalities, stateless, email, access_role, unit_id, unit_name, clusters, list_code, "
                    + "list_version, research_topic, supervisor, intended_start, intended_end, submitted_on, submitted_at, decision_period_weeks, "
                    + "due_on, open_request, created_at, created_by, updated_at, updated_by, version) "
                    + "select " + FIRST_ID + " + g, " + institution + ", 'KVS-2026-B' || lpad(g::text, 6, '0'), 'SUBMITTED', 'FIRST_ACCESS', 'RB-' || g, "
                    + given + "[1 + (g * 31) % " + GIVEN.length + "], " + surname + "[1 + (g * 7919) % " + SURNAME.length + "], "
                    + "date '1960-01-01' + (g * 17) % 15000, 'Plaats', n.code, ',' || n.code || ',', false, 'p' || g || '@example.org', 'RESEARCHER', "
                    + unit + ", 'Benchmarklab', ',1,', 'ANNEX2', 1, 'Onderwerp', 'Begeleider', current_date + 30, current_date + 1460, current_date - 10, "
                    + "now(), 4, current_date + 18, 1, now(), 'benchmark', now(), 'benchmark', 0 "
                    + "from generate_series(1, " + PEOPLE + ") g cross join lateral (select " + nationality + "[1 + (g * 13) % " + NATIONALITY.length
                    + "] as code) n");
            for (int i = 0; i < LISTED.length; i++) {
                String[] p = LISTED[i];
                s.execute("update screening.screening_request set given_names = '" + p[0] + "', surname = '" + p[1] + "', birth_date = date '" + p[2]
                        + "', birth_country = '" + p[3] + "', nationalities = '," + p[3] + ",' where id - " + FIRST_ID + " in (select g from generate_series("
                        + (5000 * (i + 1)) + ", " + PEOPLE + ", " + (5000 * LISTED.length) + ") g)");
            }
            s.execute("insert into screening.request_affiliation (request_id, position, organisation, country, role, from_date, to_date) "
                    + "select " + FIRST_ID + " + g, 0, " + array(ORGANISATION) + "[1 + (g * 7) % " + ORGANISATION.length + "], 'CN', 'Onderzoeker', "
                    + "current_date - 1500, null from generate_series(3, " + PEOPLE + ", 3) g");
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze screening.screening_request");
            s.execute("vacuum analyze screening.request_affiliation");
        }
        LOG.info(String.format(Locale.ROOT, "generated %d people in open requests in %.1f s", PEOPLE, (System.nanoTime() - start) / 1e9));
    }

    private static String array(String[] values) {
        StringBuilder out = new StringBuilder("(array[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ",").append('\'').append(values[i].replace("'", "''")).append('\'');
        }
        return out.append("])").toString();
    }
}
