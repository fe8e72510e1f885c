package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reference numbers of submitted requests, {@code KVS-2026-000123}: one counter row, locked by its update until the
 * submitting transaction ends (so numbers are unique and without gaps), starting again at 1 each year.
 */
@ApplicationScoped
public class ReferenceNumbers {

    @PersistenceContext(unitName = "screening")
    EntityManager em;

    /** The next reference in {@code year}, in the caller's transaction. */
    public String next(int year) {
        em.createNativeQuery("UPDATE screening.reference_counter SET last_number = CASE WHEN counter_year = ?1 THEN last_number + 1 ELSE 1 END, "
                + "counter_year = ?1 WHERE id = 1").setParameter(1, year).executeUpdate();
        Number number = (Number) em.createNativeQuery("SELECT last_number FROM screening.reference_counter WHERE id = 1").getSingleResult();
        return format(year, number.intValue());
    }

    static String format(int year, int number) {
        return String.format("KVS-%04d-%06d", year, number);
    }
}
