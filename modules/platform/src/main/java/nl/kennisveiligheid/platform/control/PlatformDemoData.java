package nl.kennisveiligheid.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kennisveiligheid.platform.api.DemoDataContributor;
import nl.kennisveiligheid.platform.api.InstitutionKind;

/** The platform's demo data: two institutions. Users and API tokens come with the identity work. */
@ApplicationScoped
public class PlatformDemoData implements DemoDataContributor {

    @Inject
    InstitutionService institutions;

    @Override
    public String key() {
        return "platform.institutions";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void seed() {
        institutions.create("DEMO-UNI", "Demo Universiteit", InstitutionKind.UNIVERSITY);
        institutions.create("DEMO-HS", "Demo Hogeschool", InstitutionKind.UNIVERSITY_OF_APPLIED_SCIENCES);
    }
}
