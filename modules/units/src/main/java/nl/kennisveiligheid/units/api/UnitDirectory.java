package nl.kennisveiligheid.units.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other modules may ask about units. Institution callers see their own institution's units only. */
public interface UnitDirectory {

    /** The unit, if the caller may see it (another institution's unit is "not found" and the attempt audited). */
    Optional<UnitSummary> unit(long id);

    /** The unit as it was recorded on {@code date} (end of that day, Europe/Amsterdam), if it existed then. */
    Optional<UnitVersionView> asOf(long id, LocalDate date);

    /** Every version of the unit, oldest first. */
    List<UnitVersionView> history(long id);

    /** The caller's own institution's units that are not closed, by name (empty for callers without an institution). */
    List<UnitSummary> openUnitsOfMyInstitution();
}
