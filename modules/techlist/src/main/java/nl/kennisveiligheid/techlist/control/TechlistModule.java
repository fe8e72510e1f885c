package nl.kennisveiligheid.techlist.control;

import nl.kennisveiligheid.platform.api.ModuleDescriptor;

/** The technology lists (Annex 2) as a module: schema {@code techlist}, right after the platform. */
public class TechlistModule implements ModuleDescriptor {

    public static final String BUNDLE = nl.kennisveiligheid.techlist.api.TechlistMessages.BUNDLE;

    @Override
    public String name() {
        return "techlist";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}
