package nl.kennisveiligheid.platform.api;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Describes one module of the product to the platform: where its schema and migrations are and which
 * message bundle holds its texts.
 *
 * <p>Every module (platform included) registers exactly one implementation in
 * {@code META-INF/services/nl.kennisveiligheid.platform.api.ModuleDescriptor}. A {@link ServiceLoader} is
 * used rather than CDI so that the descriptors are available before any bean touches the database and
 * in plain unit tests.
 */
public interface ModuleDescriptor {

    /** Short module name, also the name of its database schema and of its migration folder. */
    String name();

    /**
     * Position in the dependency order (platform 0, techlist 10, units 20, screening 30, decisions 40).
     * Migrations run in this order.
     */
    int order();

    /** The database schema this module owns; holds its tables and its own Flyway history table. */
    default String schema() {
        return name();
    }

    /** Classpath folder of the module's Flyway migrations. */
    default String migrationLocation() {
        return "db/migration/" + name();
    }

    /** Base name of the module's message bundle ({@code _nl} and {@code _en} variants must both exist). */
    String messageBundle();

    /** All modules on the class path of the given loader, in dependency order. */
    static List<ModuleDescriptor> all(ClassLoader loader) {
        return ServiceLoader.load(ModuleDescriptor.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(ModuleDescriptor::order))
                .toList();
    }
}
