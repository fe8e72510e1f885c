package nl.kennisveiligheid.app.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro of its own with the built WAR, for tests of what the suite's deployment cannot show: a start that
 * fails, a production first start, a server killed with {@code kill -9} and started again on the same data. Its
 * settings are only those given (the suite's database and mode settings are not inherited); its log is a file under
 * {@code target/<folder>/}.
 */
public final class StandalonePayara {

    public static final String FAILURE_LINE = "ERROR Screening kennisveiligheid cannot start:";

    private final Process process;
    private final int port;
    private final Path log;

    private StandalonePayara(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The folder under {@code target/} the servers of a test class keep their logs and files in. */
    public static Path workFolder(String name) throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("test.output", "target"), name));
    }

    /** A fresh embedded H2 database under {@code work}. */
    public static String freshH2(Path work, String name) {
        return "jdbc:h2:file:" + work.toAbsolutePath().resolve(name + "-" + System.nanoTime())
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /**
     * Starts Payara Micro with the WAR and these settings. {@code shortLived}: C1 only and the serial collector, for
     * servers that live for seconds (they start about a fifth faster so).
     */
    public static StandalonePayara start(Path work, Map<String, String> env, boolean shortLived, String... microOptions) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = work.resolve("payara-" + port + ".log");
        Path root = Files.createTempDirectory(work, "root-");
        List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx768m"));
        if (shortLived) {
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        }
        command.addAll(List.of("-jar", System.getProperty("payara.micro.jar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("app.war", "target/ROOT.war"),
                "--port", String.valueOf(port), "--nocluster", "--rootDir", root.toString()));
        command.addAll(List.of(microOptions));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("ADMIN_") || k.equals("MODE")
                || k.equals("CLOCK_FIXED") || k.equals("TEST_SUPPORT") || k.startsWith("AUDIT_") || k.startsWith("PERSONAL_DATA_"));
        builder.environment().putAll(env);
        return new StandalonePayara(builder.start(), port, log);
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /** Asserts the start stopped by itself with exit code 1 and exactly one failure line, naming {@code subject}. */
    public void assertFailedNaming(String subject) throws Exception {
        boolean ended = process.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String out = output();
        assertTrue(ended, "Payara Micro should stop by itself; log: " + log);
        assertEquals(1, process.exitValue(), "exit code; log: " + log);
        List<String> failures = out.lines().filter(l -> l.contains(FAILURE_LINE)).toList();
        assertEquals(1, failures.size(), "exactly one ERROR line: " + failures);
        assertTrue(failures.get(0).startsWith(FAILURE_LINE + " " + subject + ":"), failures.get(0));
    }

    /** Waits until {@code /health/ready} answers 200 (fails when the server stops or takes over 240 s). */
    public void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < until) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro stopped; log: " + log + "\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within 240 s; log: " + log);
    }

    /** Kills the server as {@code kill -9} does (SIGKILL: no shutdown hook, no flush) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("Payara Micro did not die of SIGKILL within 30 s");
        }
    }

    /** Stops the server the ordinary way (SIGTERM), forcibly after a minute. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
