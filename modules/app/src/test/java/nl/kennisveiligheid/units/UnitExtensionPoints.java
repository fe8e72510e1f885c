package nl.kennisveiligheid.units;

/**
 * What the test implementations of the units' extension points ({@code it.UnitExtensionPointsIT}) answer to, for
 * client and browser tests that cannot see in-container classes.
 */
public final class UnitExtensionPoints {

    /** Units whose name starts with this have dependents and people with access in the tests. */
    public static final String MARK = "Extensiepunt";

    private UnitExtensionPoints() {
    }
}
