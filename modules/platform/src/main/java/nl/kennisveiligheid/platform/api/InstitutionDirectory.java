package nl.kennisveiligheid.platform.api;

import java.util.List;
import java.util.Optional;

/** The institutions (tenants) known to the product. */
public interface InstitutionDirectory {

    List<InstitutionSummary> all();

    Optional<InstitutionSummary> byId(long id);

    Optional<InstitutionSummary> byCode(String code);
}
