package nl.kennisveiligheid.platform.api.work;

import java.util.List;
import java.util.Optional;

/**
 * Work that must happen after a commit, and must not die with a restart (in the spirit of Spring Modulith's event
 * publication registry; ADR 0024). {@link #enqueue} stores a work item in the caller's transaction, so the item exists
 * exactly when its cause committed. After the commit, and every half minute on every instance, the platform's runner
 * takes due items one at a time under a lease and hands each to the {@link WorkHandler} of its kind. An item that fails
 * is tried again after a growing pause (30 s, 1, 2, 4 … minutes, at most 5 tries); an item whose instance died (its
 * lease ran out) is taken again and resumes where its recorded progress says. Its state and progress are in the
 * database, so every instance shows the same.
 */
public interface DurableWork {

    /**
     * Stores a work item of {@code kind} in the caller's transaction (one is started when there is none); nothing when
     * an item of that kind with that {@code key} exists (the key makes enqueueing idempotent).
     */
    void enqueue(String kind, String key, String payload);

    /** The newest item of a kind. */
    Optional<WorkStatus> newest(String kind);

    /** Whether an item of a kind whose key starts with {@code keyPrefix} is still pending or running. */
    boolean unfinished(String kind, String keyPrefix);

    /** The newest items of every kind, newest first (at most {@code max}). */
    List<WorkStatus> recent(int max);
}
