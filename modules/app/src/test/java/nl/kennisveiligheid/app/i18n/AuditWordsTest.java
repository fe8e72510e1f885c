package nl.kennisveiligheid.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kennisveiligheid.platform.api.AuditWords;
import nl.kennisveiligheid.screening.api.TimelineEntry.TimelineKind;
import org.junit.jupiter.api.Test;

/**
 * Every action the modules record in the audit trail, and every kind of object, has words in Dutch and English: the
 * auditor reads "Persoonsgegevens ingezien", never {@code personal-data.viewed}. The actions are read from the modules'
 * sources (the literals in the lines that record them), the request timeline's from its kinds.
 */
class AuditWordsTest {

    private static final Path MODULES = Path.of("..");
    private static final Pattern RECORDING = Pattern.compile("AuditEvent(\\.of)?\\(|changed\\(objection|personalDataViewed\\(|forbidden\\(|AccessRefusals\\.record\\(");
    private static final Pattern ACTION = Pattern.compile("\"([a-z][a-z-]*(?:\\.[a-z][a-z-]*)+)\"");
    private static final Pattern OBJECT = Pattern.compile("(?:AuditEvent(?:\\.of)?\\(\\s*[^,]+,\\s*|personalDataViewed\\(|forbidden\\(|AccessRefusals\\.record\\()\"([A-Z][A-Za-z]+)\"");

    private static List<String> recordingLines() throws IOException {
        try (Stream<Path> files = Files.walk(MODULES)) {
            return files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .flatMap(AuditWordsTest::lines)
                    .filter(line -> RECORDING.matcher(line).find())
                    .toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyRecordedActionAndObjectHasWordsInBothLanguages() throws IOException {
        List<String> lines = recordingLines();
        Set<String> actions = new TreeSet<>();
        Set<String> objects = new TreeSet<>();
        for (String line : lines) {
            Matcher action = ACTION.matcher(line);
            while (action.find()) {
                if (!action.group(1).endsWith(".")) {
                    actions.add(action.group(1));
                }
            }
            Matcher object = OBJECT.matcher(line);
            while (object.find()) {
                objects.add(object.group(1));
            }
        }
        Arrays.stream(TimelineKind.values()).map(k -> "screening-request." + k.name().toLowerCase(Locale.ROOT).replace('_', '-')).forEach(actions::add);
        actions.add("personal-data.viewed");
        actions.add("login.failed");
        actions.add("login.locked");
        assertTrue(actions.size() > 60, "the scan found the actions: " + actions);
        assertTrue(objects.size() > 15, "the scan found the objects: " + objects);

        Set<String> missing = new TreeSet<>();
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            actions.stream().filter(a -> AuditWords.action(a, locale).isEmpty()).forEach(a -> missing.add(locale + ": audit.action." + a));
            objects.stream().filter(o -> AuditWords.objectType(o, locale).isEmpty()).forEach(o -> missing.add(locale + ": audit.object." + o));
        }
        assertEquals(Set.of(), missing, "audit trail codes without words");
    }
}
