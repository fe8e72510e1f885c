package nl.kennisveiligheid.signals.api;

/** Where a signal stands: a hit is open until a screener confirms or dismisses it, or its designation is delisted; a fact is noted. */
public enum SignalState {
    OPEN,
    CONFIRMED,
    DISMISSED,
    /** the designation was removed from its list (delisting): the hit closed, noting the edition */
    CLOSED,
    /** a fact read from the request or the country indicators: nothing to judge */
    NOTED
}
