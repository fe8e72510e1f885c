package nl.kennisveiligheid.app.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration-test suite: the product's WAR exactly as built ({@code ROOT.war},
 * served at {@code /}), plus the in-container test classes. Every Arquillian test class of the run shares
 * it (Arquillian suite extension), so Payara Micro boots once per database.
 *
 * <p>In-container tests are the classes named {@code *IT} (and their nested classes) outside the packages
 * {@code browser} and {@code client}, which run as clients and need libraries the server does not have, with the
 * message bundles in their packages; and the pages under {@code src/test/resources/it-webapp/} (fragments of
 * test implementations of extension points) at the same path in the WAR.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {
    }

    @Deployment(name = "screening", testable = true)
    public static WebArchive product() {
        File war = new File(System.getProperty("app.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The WAR to test is missing: " + war + " (run 'mvn verify', which packages it first)");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
        Path classes = Path.of(System.getProperty("test.classes", "target/test-classes"));
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(p -> p.toString().endsWith(".class") || p.toString().endsWith(".properties"))
                    .map(p -> classes.relativize(p).toString().replace(File.separatorChar, '/'))
                    .filter(Deployments::inContainer)
                    .forEach(path -> archive.addAsWebInfResource(classes.resolve(path).toFile(), "classes/" + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // pages and fragments that only the tests use (test implementations of extension points)
        Path pages = classes.resolve("it-webapp");
        if (Files.isDirectory(pages)) {
            try (Stream<Path> files = Files.walk(pages)) {
                files.filter(Files::isRegularFile).forEach(file -> archive.addAsWebResource(file.toFile(),
                        pages.relativize(file).toString().replace(File.separatorChar, '/')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return archive;
    }

    static boolean inContainer(String classFile) {
        if (classFile.endsWith(".properties")) {
            // message bundles of in-container test classes (their texts, e.g. a test extension point's)
            return classFile.contains("/it/");
        }
        if (classFile.contains("/browser/") || classFile.contains("/client/") || classFile.contains("/architecture/")) {
            return false;
        }
        String name = classFile.substring(classFile.lastIndexOf('/') + 1).replace(".class", "");
        String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        return outer.endsWith("IT") || outer.endsWith("Fixtures") || classFile.startsWith("nl/kennisveiligheid/app/it/InContainer")
                || classFile.startsWith("nl/kennisveiligheid/app/it/FixedClockExtension") || classFile.startsWith("nl/kennisveiligheid/app/it/TestPeople");
    }
}
