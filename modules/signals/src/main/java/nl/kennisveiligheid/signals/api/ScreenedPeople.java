package nl.kennisveiligheid.signals.api;

import java.util.List;

/**
 * Extension point: the people a module declares as screened, whom the signals module checks again when a list
 * changes ({@code screening}: the people in open requests; {@code decisions}: the people with a valid access decision).
 * Implementations are CDI beans; the signals module finds every one.
 */
public interface ScreenedPeople {

    /** The owner kind of the subjects it gives ({@code screening-request}). */
    String owner();

    /** How many people it declares now. */
    long count();

    /** The page of a record of this owner, from the application root ({@code /screening/request.xhtml?id=17}). */
    String pageOf(long ownerId);

    /** The next {@code size} people with an owner id above {@code afterOwnerId}, by owner id. */
    List<ScreenedPerson> page(long afterOwnerId, int size);
}
