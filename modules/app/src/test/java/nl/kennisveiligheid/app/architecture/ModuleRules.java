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
 *   <li>no cycles between modules.</li>
 * </ol>
 * The module of a class is the package segment right below the root.
 */
public final class ModuleRules {

    /** The one-way dependency order; a module may use only modules to its left. */
    public static final List<String> ORDER = List.of("platform", "techlist", "units", "screening", "decisions", "app");

    private ModuleRules() {
    }

    public static List<ArchRule> all(String root) {
        return List.of(onlyThroughApi(root), oneWay(root), noCycles(root));
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
