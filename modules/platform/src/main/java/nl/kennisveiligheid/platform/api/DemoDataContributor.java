package nl.kennisveiligheid.platform.api;

/**
 * A module's demo data. Implement it as a CDI bean; in demo mode the platform calls {@link #seed()} once
 * per contributor, on the first start that knows it, in ascending {@link #order()}, each in its own
 * transaction, and remembers that it did so. In production it is never called.
 */
public interface DemoDataContributor {

    /** Stable key, remembered in the database once seeded (e.g. {@code platform.institutions}). */
    String key();

    /** Lower runs first; use the module's {@link ModuleDescriptor#order()} plus a small offset. */
    int order();

    /** Adds the data. Runs inside a transaction started by the platform. */
    void seed();
}
