package nl.kennisveiligheid.platform.api.work;

/** Where a work item stands. */
public enum WorkState {
    /** Waiting for its (next) attempt: new, or failed and to be tried again after a pause. */
    PENDING,
    /** Taken by an instance, under a lease; when the lease runs out (the instance died) it is taken again. */
    RUNNING,
    /** Done. */
    DONE,
    /** Failed as often as it may; its last error says why. Nothing tries it again by itself. */
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
