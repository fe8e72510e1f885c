package nl.kennisveiligheid.platform.api.work;

/**
 * Does the work of one kind of {@link DurableWork} item (a CDI bean of the module that owns the work). An item may be
 * handed over more than once (a retry, an instance that died mid-way): the handler resumes from
 * {@link WorkContext#resumeAt()} and records its progress in the same transaction as the part of the work it
 * finished, so that no part is done twice. It throws to fail the attempt (it is tried again later).
 */
public interface WorkHandler {

    /** The kind of item this handler does, e.g. {@code signals.rescreen}. */
    String kind();

    void perform(WorkContext context);
}
