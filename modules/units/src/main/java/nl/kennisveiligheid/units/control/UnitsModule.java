package nl.kennisveiligheid.units.control;

import nl.kennisveiligheid.platform.api.ModuleDescriptor;

/** The high-risk units as a module: schema {@code units}, after the technology lists. */
public class UnitsModule implements ModuleDescriptor {

    public static final String BUNDLE = nl.kennisveiligheid.units.api.UnitMessages.BUNDLE;

    @Override
    public String name() {
        return "units";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}
