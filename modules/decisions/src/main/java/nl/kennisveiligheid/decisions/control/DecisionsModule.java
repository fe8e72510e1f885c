package nl.kennisveiligheid.decisions.control;

import nl.kennisveiligheid.platform.api.ModuleDescriptor;

/** Binding access decisions as a module: schema {@code decisions}, last in the module order. */
public class DecisionsModule implements ModuleDescriptor {

    public static final String BUNDLE = nl.kennisveiligheid.decisions.api.DecisionsMessages.BUNDLE;

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}
