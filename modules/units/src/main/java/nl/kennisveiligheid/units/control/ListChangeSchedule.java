package nl.kennisveiligheid.units.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every quarter of an hour (so at midnight too), applies the Annex 2 versions whose effective date has come.
 * Not persistent: a missed run is made up by the next one.
 */
@Singleton
public class ListChangeSchedule {

    private static final Logger LOG = Logger.getLogger(ListChangeSchedule.class.getName());

    @Inject
    ListChangeFollower follower;

    @Schedule(hour = "*", minute = "0,15,30,45", persistent = false)
    void tick() {
        try {
            int applied = follower.applyDue();
            if (applied > 0) {
                LOG.info(() -> "Units followed " + applied + " Annex 2 version(s) that took effect");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Following Annex 2 failed; the next run tries again", e);
        }
    }
}
