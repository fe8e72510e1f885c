package nl.kennisveiligheid.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real UN list files the tests load (in-container tests too: the server runs in modules/app) (from the signals module's resources, see their SOURCES.md). */
public final class SanctionsFixtures {

    public static final Path UN_2026_02_27 = Path.of("../signals/src/test/resources/sanctions/un/un_consolidated_2026-02-27.xml");
    public static final Path UN_2026_08_01 = Path.of("../signals/src/main/resources/nl/kennisveiligheid/signals/demo/un_consolidated_2026-08-01.xml");

    private SanctionsFixtures() {
    }

    /** The bytes of a file; a missing one fails naming it. */
    public static byte[] bytes(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing test file " + file.toAbsolutePath() + " (the tests run from modules/app)");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
