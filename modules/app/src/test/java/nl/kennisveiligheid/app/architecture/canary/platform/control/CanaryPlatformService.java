package nl.kennisveiligheid.app.architecture.canary.platform.control;

import nl.kennisveiligheid.app.architecture.canary.units.control.CanaryUnitRepository;

/** Canary: the platform reaching into a business module's internals (breaks every module rule). */
public class CanaryPlatformService {

    public int count(CanaryUnitRepository units) {
        return units.size();
    }
}
