package nl.kennisveiligheid.techlist.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every module may ask about the technology lists. Published versions never change, so what is
 * returned for one can be kept.
 */
public interface TechnologyListCatalog {

    /** The code of Annex 2, the binding list. */
    String ANNEX2 = "ANNEX2";

    List<TechnologyListSummary> lists();

    Optional<TechnologyListSummary> list(String listCode);

    /** All versions of a list, newest first, drafts included. */
    List<ListVersionSummary> versions(String listCode);

    Optional<ListVersionSummary> version(String listCode, int number);

    /**
     * The published version in force on {@code date}: the one with the latest effective date on or before it.
     * Empty before the first version took effect.
     */
    Optional<ListVersionSummary> inForce(String listCode, LocalDate date);

    /** The entries of a version in code order (parents before their children), retired ones included. */
    List<TechnologyEntry> entries(String listCode, int number);

    Optional<TechnologyEntry> entry(String listCode, int number, String key);

    /**
     * Entries of a version whose code starts with the query, or whose title or description holds all its words
     * in either language (case and accents ignored); at most {@code limit}, in code order.
     */
    List<TechnologyEntry> search(String listCode, int number, String query, int limit);
}
