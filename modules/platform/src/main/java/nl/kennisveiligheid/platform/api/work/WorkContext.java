package nl.kennisveiligheid.platform.api.work;

import java.util.Optional;

/** The item a {@link WorkHandler} works on, and where it records its progress. */
public interface WorkContext {

    long id();

    String key();

    String payload();

    /** Where an earlier attempt got to ({@link #progress}'s {@code resumeAt}); empty on the first attempt. */
    Optional<String> resumeAt();

    /** The progress an earlier attempt recorded. */
    long done();

    long count();

    /**
     * Records progress: {@code done} of {@code total}, {@code count} made so far, and where to resume. Joins the
     * caller's transaction, so that the work and its progress commit together; renews the item's lease.
     */
    void progress(long done, long total, long count, String resumeAt);
}
