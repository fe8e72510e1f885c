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
        long university = institutions.create("DEMO-UNI", "Demo Universiteit", InstitutionKind.UNIVERSITY).id();
        long college = institutions.create("DEMO-HS", "Demo Hogeschool", InstitutionKind.UNIVERSITY_OF_APPLIED_SCIENCES).id();
        // mail for the institutions: the university's desk in Dutch; the college's in English, to show both languages
        institutions.contact(university, new InstitutionService.Contact("kennisveiligheid@demo-universiteit.nl", "nl",
                "Postbus 9100\n1000 AA Amsterdam"));
        institutions.contact(college, new InstitutionService.Contact("knowledge-security@demo-hogeschool.nl", "en",
                "Postbus 7200\n3500 AB Utrecht"));
    }
}
