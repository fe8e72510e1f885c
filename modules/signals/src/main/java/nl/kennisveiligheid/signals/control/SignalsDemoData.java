package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import nl.kennisveiligheid.platform.api.DemoActors;
import nl.kennisveiligheid.platform.api.DemoDataContributor;
import nl.kennisveiligheid.signals.api.SanctionsSource;

/**
 * Demo data: the UN Security Council consolidated list of 1 August 2026 (the publisher's own file, shipped with the
 * module), loaded by the demo list administrator through the same service a person uses, so that the sanctions check
 * has a list from the first start.
 */
@ApplicationScoped
public class SignalsDemoData implements DemoDataContributor {

    static final String UN_EDITION = "nl/kennisveiligheid/signals/demo/un_consolidated_2026-08-01.xml";

    @Inject
    DemoActors demo;

    @Inject
    EditionLoading loading;

    @Override
    public String key() {
        return "signals.un-list";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void seed() {
        byte[] content;
        try (InputStream in = SignalsDemoData.class.getClassLoader().getResourceAsStream(UN_EDITION)) {
            if (in == null) {
                throw new IllegalStateException("The demo edition of the UN list is missing: " + UN_EDITION);
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        demo.as("listadmin", Instant.parse("2026-08-03T09:00:00Z"),
                () -> loading.apply(SanctionsSource.UN, content, "un_consolidated_2026-08-01.xml", null));
    }
}
