package nl.kennisveiligheid.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.app.it.TestDatabase.PostgresAdmin;
import nl.kennisveiligheid.screening.ScreeningFixtures;
import nl.kennisveiligheid.units.UnitFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost, on either database: a Payara Micro of its own takes idempotent request creations
 * ({@code Idempotency-Key}) from several clients at once, is killed with {@code kill -9} while they send, and is
 * started again on the same data. Then every key is sent again: each acknowledged key answers with the request it
 * made (0 lost), no key made two (0 duplicates), and no key is refused as still under way for good (0 stuck: the
 * lease of a call that died with the server ends).
 *
 * <p>Runs in the PostgreSQL run of the suite, once on an embedded H2 file and once on a PostgreSQL database of its own.
 */
class CrashRecoveryIT {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CrashRecoveryIT.class.getName());
    private static final String OFFICER = UnitFixtures.OFFICER_TOKEN;
    private static final String ASSESSOR = "demo-token-authority-assessor";
    private static final String LIST_ADMIN = "demo-token-list-admin";
    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final String DB = "screening_it_crash_" + ProcessHandle.current().pid();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path work;

    @BeforeAll
    static void prepare() throws Exception {
        work = StandalonePayara.workFolder("crash-it");
        PostgresAdmin.createDatabase(DB);
    }

    @AfterAll
    static void dropDatabase() {
        PostgresAdmin.dropDatabase(DB);
    }

    @Test
    void theEmbeddedDefaultLosesNothingAcknowledgedAndLeavesNoKeyStuck() throws Exception {
        crashWhileCreating(Map.of("MODE", "demo", "DB_URL", StandalonePayara.freshH2(work, "crash-h2")), false);
    }

    /**
     * On PostgreSQL the server is also killed in the middle of a re-screen after a list change (slowed down: two people
     * a batch, half a second after each), which finishes after the restart with every alert raised once.
     */
    @Test
    void postgresqlLosesNothingAcknowledgedLeavesNoKeyStuckAndFinishesTheReScreen() throws Exception {
        crashWhileCreating(Map.of("MODE", "demo", "DB_URL", PostgresAdmin.urlOf(DB), "DB_USER", PostgresAdmin.user(),
                "DB_PASSWORD", PostgresAdmin.password(), "SIGNALS_RESCREEN_BATCH", "2", "WORK_PAUSE_MILLIS", "500", "WORK_LEASE_SECONDS", "10"), true);
    }

    private void crashWhileCreating(Map<String, String> env, boolean rescreen) throws Exception {
        StandalonePayara first = StandalonePayara.start(work, env, false);
        String base = first.base();
        long unit;
        ConcurrentMap<String, String> sent = new ConcurrentHashMap<>(); // key -> body
        ConcurrentMap<String, Long> acknowledged = new ConcurrentHashMap<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> listed = new ArrayList<>();
        long edition = 0;
        try {
            first.awaitReady();
            UnitFixtures.Api api = (m, p, t, j) -> ok(send(base, m, p, t, j, null));
            unit = UnitFixtures.unit("Crashlab " + run).complete().registered(api).id();
            if (rescreen) {
                edition = applyListNaming(base, api, unit, run, listed);
            }
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int n = 0; !killed.get(); n++) {
                        String key = "crash-" + run + "-" + client + "-" + n;
                        String body = ScreeningFixtures.request(unit).with("subject", "personReference", key).json();
                        sent.put(key, body);
                        try {
                            HttpResponse<String> response = send(base, "POST", "/api/v1/screening-requests", OFFICER, body, key);
                            if (response.statusCode() == 201) {
                                acknowledged.put(key, id(response.body()));
                            }
                        } catch (Exception connectionLost) {
                            return null; // the server is gone
                        }
                    }
                    return null;
                });
            }
            long until = System.currentTimeMillis() + 120_000;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "only " + acknowledged.size() + " creations acknowledged in 2 minutes");
            if (rescreen) { // kill it once the re-screen has done a few batches, long before it reaches the people listed
                String status;
                do {
                    status = ok(send(base, "GET", "/api/v1/signal-alerts/rescreen", ASSESSOR, null, null));
                    Thread.sleep(100);
                } while (!(status.contains("\"editionId\":" + edition + ",") && status.contains("\"running\":true") && number(status, "done") >= 4)
                        && System.currentTimeMillis() < until);
                assertTrue(status.contains("\"running\":true") && number(status, "done") >= 4 && number(status, "alerts") == 0,
                        "the re-screen is under way when the server is killed: " + status);
            }
            first.kill(); // mid-stream: the clients are sending
            killed.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        } finally {
            first.kill();
        }

        StandalonePayara second = StandalonePayara.start(work, env, false);
        try {
            second.awaitReady();
            Map<String, Long> after = new ConcurrentHashMap<>();
            List<String> lost = new ArrayList<>();
            List<String> stuck = new ArrayList<>();
            for (Map.Entry<String, String> key : sent.entrySet()) {
                long until = System.currentTimeMillis() + 90_000; // a dead call's lease (30 s) ends meanwhile
                HttpResponse<String> response;
                do {
                    response = send(second.base(), "POST", "/api/v1/screening-requests", OFFICER, key.getValue(), key.getKey());
                    if (response.statusCode() == 409) {
                        Thread.sleep(500);
                    }
                } while (response.statusCode() == 409 && System.currentTimeMillis() < until);
                if (response.statusCode() == 409) {
                    stuck.add(key.getKey());
                    continue;
                }
                assertTrue(response.statusCode() == 200 || response.statusCode() == 201, key.getKey() + ": " + response.statusCode() + " " + response.body());
                after.put(key.getKey(), id(response.body()));
                Long before = acknowledged.get(key.getKey());
                if (before != null && (response.statusCode() != 200 || before.longValue() != after.get(key.getKey()))) {
                    lost.add(key.getKey() + " (acknowledged as " + before + ", now " + response.statusCode() + " " + after.get(key.getKey()) + ")");
                }
            }
            LOG.info(String.format("CrashRecoveryIT %s: %d keys sent, %d acknowledged before kill -9; after the restart %d lost, %d stuck",
                    env.get("DB_URL").replaceAll(";.*", ""), sent.size(), acknowledged.size(), lost.size(), stuck.size()));
            assertEquals(List.of(), lost, "acknowledged creations lost after kill -9");
            assertEquals(List.of(), stuck, "keys still 'under way' after the restart");
            Set<Long> distinct = new HashSet<>(after.values());
            assertEquals(sent.size(), distinct.size(), "one request per key");
            String page = ok(send(second.base(), "GET", "/api/v1/screening-requests?unitId=" + unit + "&size=1", OFFICER, null, null));
            assertEquals(sent.size() + listed.size(), number(page, "total"), "0 duplicates: the unit holds as many requests as keys were sent");
            if (rescreen) {
                assertReScreenFinishedWithEveryAlertOnce(second.base(), edition, listed);
            }
        } finally {
            second.stop();
        }
    }

    /** Submits a request for each of three people and applies an edition of the authority's own list naming them; its id. */
    private static long applyListNaming(String base, UnitFixtures.Api api, long unit, String run, List<String> listed) throws Exception {
        StringBuilder csv = new StringBuilder("reference,kind,name,name_type,birth_dates,birth_places,nationalities,regime,listed_on\n");
        String[] names = {"Kraakzucht", "Vlindermoes", "Bolderhaan"}; // unlike each other: each designation names one person
        String[] given = {"Anna Maria", "Pieter Jan", "Fatima Zahra"};
        for (int i = 0; i < names.length; i++) {
            String surname = names[i] + run.replaceAll("[^a-z]", "");
            String created = api.send("POST", "/api/v1/screening-requests", OFFICER, ScreeningFixtures.request(unit)
                    .with("subject", "personReference", "P-CRASH-" + run + "-" + i).with("subject", "givenNames", given[i])
                    .with("subject", "surname", surname).json());
            api.send("POST", "/api/v1/screening-requests/" + id(created) + "/submission", OFFICER, "{\"version\":" + number(created, "version") + "}");
            listed.add(surname);
            csv.append("NL-CRASH-").append(run).append('-').append(i).append(",PERSON,").append(given[i]).append(' ').append(surname)
                    .append(",PRIMARY,1998-04-12,Utrecht,NL,Nationale lijst,2026-11-01\n");
        }
        String loaded = ok(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sanctions-lists/NL/editions"))
                .header("Authorization", "Bearer " + LIST_ADMIN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString()));
        return Long.parseLong(loaded.replaceAll("(?s).*\"applied\":\\{[^}]*\"id\":(\\d+).*", "$1"));
    }

    /** After the restart the re-screen finishes by itself, not failed, with one alert for each person listed. */
    private static void assertReScreenFinishedWithEveryAlertOnce(String base, long edition, List<String> listed) throws Exception {
        long until = System.currentTimeMillis() + 180_000; // the dead run's lease (10 s) ends, the half-minute schedule takes it over
        String status;
        do {
            Thread.sleep(500);
            status = ok(send(base, "GET", "/api/v1/signal-alerts/rescreen", ASSESSOR, null, null));
        } while (!(status.contains("\"editionId\":" + edition + ",") && status.contains("\"running\":false")) && System.currentTimeMillis() < until);
        assertTrue(status.contains("\"running\":false") && status.contains("\"failed\":false"), "the re-screen finished after the restart: " + status);
        assertEquals(listed.size(), number(status, "alerts"), status);
        String alerts = ok(send(base, "GET", "/api/v1/signal-alerts?edition=" + edition + "&size=200", ASSESSOR, null, null));
        assertEquals(listed.size(), number(alerts, "total"), "one alert per person listed: " + alerts);
        for (String surname : listed) {
            assertEquals(1, Pattern.compile("\"personName\":\"[^\"]*" + surname + "\"").matcher(alerts).results().count(),
                    surname + " raised once: " + alerts);
        }
        LOG.info("CrashRecoveryIT: the re-screen after edition " + edition + " finished after the restart: " + status);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static long id(String body) {
        Matcher m = ID.matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    private static String ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return response.body();
    }

    private static HttpResponse<String> send(String base, String method, String path, String token, String json, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
