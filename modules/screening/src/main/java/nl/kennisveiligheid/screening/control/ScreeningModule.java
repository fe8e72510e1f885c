package nl.kennisveiligheid.screening.control;

import nl.kennisveiligheid.platform.api.ModuleDescriptor;

/** Screening requests as a module: schema {@code screening}, after the units (and, to come, the risk signals). */
public class ScreeningModule implements ModuleDescriptor {

    public static final String BUNDLE = nl.kennisveiligheid.screening.api.ScreeningMessages.BUNDLE;

    @Override
    public String name() {
        return "screening";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}
