package nl.kennisveiligheid.app.architecture.canary.units.control;

import nl.kennisveiligheid.app.architecture.canary.platform.control.CanaryPlatformService;

/** Canary: a business module using the platform's internals, closing a cycle. */
public class CanaryUnitRepository {

    public int size() {
        return new CanaryPlatformService().hashCode() > 0 ? 1 : 0;
    }
}
