package nl.kennisveiligheid.platform.api;

import java.util.List;
import java.util.Optional;

/** The institutions (tenants) known to the product. */
public interface InstitutionDirectory {

    List<InstitutionSummary> all();

    Optional<InstitutionSummary> byId(long id);

    Optional<InstitutionSummary> byCode(String code);

    /** Where letters to the institution go: its postal address, lines separated by new lines; empty when not known. */
    Optional<String> postalAddress(long id);

    /** Every institution's name by its id, in the order of {@link #all()} (for lists that name institutions). */
    default java.util.Map<Long, String> namesById() {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        all().forEach(i -> names.put(i.id(), i.name()));
        return names;
    }
}
