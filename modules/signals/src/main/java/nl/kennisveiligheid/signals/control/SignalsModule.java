package nl.kennisveiligheid.signals.control;

import nl.kennisveiligheid.platform.api.ModuleDescriptor;

/** Risk signals as a module: schema {@code signals}, after the units and before the screening requests that use it. */
public class SignalsModule implements ModuleDescriptor {

    public static final String BUNDLE = nl.kennisveiligheid.signals.api.SignalsMessages.BUNDLE;

    @Override
    public String name() {
        return "signals";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}
