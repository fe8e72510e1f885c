package nl.kennisveiligheid.platform.control;

import nl.kennisveiligheid.platform.api.ModuleDescriptor;

/** The platform as a module: schema {@code platform}, first in the migration order. */
public class PlatformModule implements ModuleDescriptor {

    public static final String BUNDLE = nl.kennisveiligheid.platform.api.Messages.PLATFORM_BUNDLE;

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }
}
