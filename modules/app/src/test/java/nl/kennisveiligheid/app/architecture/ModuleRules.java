package nl.kennisveiligheid.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The module rules of the product, as ArchUnit rules over a root package (the product's, or the canary's):
 * <ol>
 *   <li>a module uses another module only through that module's {@code api} package;</li>
 *   <li>dependencies run one way, in the order {@link #ORDER}: platform depends on no business module,
 *       a business module only on earlier ones, and only {@code app} sees every module;</li>
 *   <li>no cycles between modules;</li>
 *   <li>inside a module the layers lean one way: {@code api} imports none of the module's {@code entity},
 *       {@code control} or {@code boundary}; {@code entity} imports no {@code control} or {@code boundary};
 *       {@code control} imports no {@code boundary}.</li>
 * </ol>
 * Rules 2 and 3 repeat what Maven already refuses (a module's pom names only earlier modules, and the reactor
 * refuses a cycle); they stay so that the order is written down where the other rules are, and so that a class
 * placed in the wrong module's package (which Maven cannot see) is still caught. Rules 1 and 4 only ArchUnit keeps.
 * The module of a class is the package segment right below the root.
 */
public final class ModuleRules {

    /** The one-way dependency order; a module may use only modules to its left. */
    public static final List<String> ORDER = List.of("platform", "techlist", "units", "signals", "screening", "decisions", "app");

    private ModuleRules() {
    }

    public static List<ArchRule> all(String root) {
        return List.of(onlyThroughApi(root), oneWay(root), noCycles(root), layersInsideModule(root));
    }

    public static ArchRule onlyThroughApi(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("use other modules only through their api package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = module(root, origin);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            String to = module(root, target);
                            if (to == null || to.equals(from)) {
                                continue;
                            }
                            String targetPackage = target.getPackageName();
                            String api = root + "." + to + ".api";
                            if (!(targetPackage.equals(api) || targetPackage.startsWith(api + "."))) {
                                events.add(SimpleConditionEvent.violated(dependency,
                                        dependency.getDescription() + " reaches into module '" + to + "' outside its api package"));
                            }
                        }
                    }
                });
    }

    public static ArchRule oneWay(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("depend only on modules earlier in " + ORDER) {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = module(root, origin);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String to = module(root, dependency.getTargetClass());
                            if (to == null || to.equals(from)) {
                                continue;
                            }
                            int fromRank = ORDER.indexOf(from);
                            int toRank = ORDER.indexOf(to);
                            if (fromRank < 0 || toRank < 0 || toRank > fromRank) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                        + ": module '" + from + "' may not depend on module '" + to + "'"));
                            }
                        }
                    }
                });
    }

    public static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** For each layer, the layers of the same module it may not import. */
    static final java.util.Map<String, List<String>> FORBIDDEN_LAYERS = java.util.Map.of(
            "api", List.of("entity", "control", "boundary"),
            "entity", List.of("control", "boundary"),
            "control", List.of("boundary"));

    public static ArchRule layersInsideModule(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("import only the layers below their own inside a module (api < entity < control < boundary)") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String module = module(root, origin);
                        String layer = layer(root, origin);
                        List<String> forbidden = layer == null ? List.of() : FORBIDDEN_LAYERS.getOrDefault(layer, List.of());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (module != null && module.equals(module(root, target)) && forbidden.contains(layer(root, target))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + ": the " + layer
                                        + " layer of module '" + module + "' may not import its " + layer(root, target) + " layer"));
                            }
                        }
                    }
                });
    }

    /** The layer of a class: the package segment right below its module ({@code api}, {@code entity}, ...). */
    static String layer(String root, JavaClass javaClass) {
        String module = module(root, javaClass);
        if (module == null) {
            return null;
        }
        String rest = javaClass.getPackageName().substring(root.length() + 1 + module.length());
        if (rest.isEmpty()) {
            return null;
        }
        rest = rest.substring(1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static String module(String root, JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
