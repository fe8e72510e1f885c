package nl.kennisveiligheid.benchmark;

import static nl.kennisveiligheid.benchmark.BenchmarkHttp.first;
import static nl.kennisveiligheid.benchmark.BenchmarkHttp.send;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Publishing Annex 2 with 20,000 units behind it (ADR 0012): how long the list administrator waits for the answer, and
 * how long the units take to follow afterwards, outside the request. Not part of the test suite.
 *
 * <p>Generates the units of {@link UnitRegisterBenchmark} when fewer are there, then makes a draft of Annex 2 in which
 * one cluster's Dutch title changes (its units then need review, the others move along), publishes it effective today
 * and times the publication call; then waits until the units have followed. Each run publishes a new Annex 2 version
 * in the database it runs against, effective today: Annex 2 takes one new version a day, so measure again on a fresh
 * database (or the next day).
 *
 * <p>Arguments: base URL, JDBC URL, user, password (as {@link UnitRegisterBenchmark}).
 */
public final class Annex2PublicationBenchmark {

    private static final Logger LOG = Logger.getLogger(Annex2PublicationBenchmark.class.getName());
    private static final String LIST_ADMIN = "demo-token-list-admin";

    private Annex2PublicationBenchmark() {
    }

    /** Units that failed to follow (the table exists since issue 10; "-" before it, so the benchmark also measures older builds). */
    private static String failed(Connection db) {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from units.list_change_failure")) {
            rs.next();
            return String.valueOf(rs.getLong(1));
        } catch (java.sql.SQLException e) {
            return "-";
        }
    }

    public static void main(String[] args) throws Exception {
        BenchmarkHttp.Target target = BenchmarkHttp.Target.of(args);
        String base = target.base();
        try (Connection db = DriverManager.getConnection(target.jdbc(), target.user(), target.password())) {
            UnitRegisterBenchmark.generate(db, UnitRegisterBenchmark.id(db, "select id from platform.institution where code = 'DEMO-UNI'"));
            long behind = UnitRegisterBenchmark.id(db, "select count(*) from units.high_risk_unit where status <> 'CLOSED'");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            String versions = send(http, base, LIST_ADMIN, "GET", "/api/v1/technology-lists/ANNEX2/versions", null, null, 200);
            java.util.regex.Matcher leftover = java.util.regex.Pattern.compile("\"number\":(\\d+)[^}]*\"status\":\"DRAFT\"").matcher(versions);
            if (leftover.find()) {
                send(http, base, LIST_ADMIN, "DELETE", "/api/v1/technology-lists/ANNEX2/versions/" + leftover.group(1), null, null, 204);
            }
            String draft = send(http, base, LIST_ADMIN, "POST", "/api/v1/technology-lists/ANNEX2/drafts", "application/json", "", 201);
            String number = first(draft, "\"number\":(\\d+)");
            String csv = send(http, base, LIST_ADMIN, "GET", "/api/v1/technology-lists/ANNEX2/versions/" + number + "/export.csv", null, null, 200);
            String changed = csv.replaceFirst("(?m)^([^,\\n]*,3,,\"?)([^,\"\\n]+)", "$1$2 (herzien " + number + ")");
            if (changed.equals(csv)) {
                throw new IllegalStateException("cluster 3 not found in the export:\n" + csv.lines().limit(5).toList());
            }
            send(http, base, LIST_ADMIN, "POST", "/api/v1/technology-lists/ANNEX2/versions/" + number + "/import", "text/csv", changed, 200);
            String version = first(send(http, base, LIST_ADMIN, "GET", "/api/v1/technology-lists/ANNEX2/versions/" + number, null, null, 200),
                    "\"version\":(\\d+)");
            String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

            long start = System.nanoTime();
            send(http, base, LIST_ADMIN, "POST", "/api/v1/technology-lists/ANNEX2/versions/" + number + "/publication", "application/json",
                    "{\"effectiveDate\":\"" + today + "\",\"legalReference\":\"Benchmark\",\"changeNote\":\"Benchmark\",\"version\":" + version + "}",
                    200);
            double answered = (System.nanoTime() - start) / 1e9;
            LOG.info(String.format(Locale.ROOT, "publication of Annex 2 version %s with %d open units behind it answered in %.2f s",
                    number, behind, answered));

            while (true) {
                try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select applied_at, units_carried, units_to_review "
                        + "from units.list_change where list_code = 'ANNEX2' and version_number = " + Integer.parseInt(number))) {
                    if (rs.next() && rs.getObject(1) != null) {
                        LOG.info(String.format(Locale.ROOT, "units followed %.1f s after the publication: %d carried along, %d to review, %s failed",
                                (System.nanoTime() - start) / 1e9, rs.getInt(2), rs.getInt(3), failed(db)));
                        return;
                    }
                }
                if ((System.nanoTime() - start) / 1e9 > 1800) {
                    throw new IllegalStateException("units did not follow within 30 minutes");
                }
                Thread.sleep(500);
            }
        }
    }
}
