package nl.kennisveiligheid.platform.api.lazy;

import java.util.List;
import java.util.Map;

/**
 * One page of a table as the user asked for it: where it starts, how long it is, how it is sorted and
 * filtered. Field names are the table's column names; only those a {@link TableQuery} knows are used.
 */
public record PageRequest(int first, int pageSize, List<Sort> sorts, Map<String, Object> filters) {

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("pageSize must be between 1 and 500");
        }
        sorts = sorts == null ? List.of() : List.copyOf(sorts);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** A sort on one column. */
    public record Sort(String field, boolean ascending) {
    }
}
