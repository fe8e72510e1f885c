package nl.kennisveiligheid.platform.api.lazy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one lazy table model of the product: hands PrimeFaces' paging, sorting and filtering to a
 * {@link PageSource}, which does them in the database. Rows are keyed by their id.
 */
public class LazyTableModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Gives a row's key, usually its database id. */
    @FunctionalInterface
    public interface RowKey<T> extends java.io.Serializable {
        Object of(T row);
    }

    private final PageSource<T> source;
    private final RowKey<T> rowKey;
    private List<T> currentPage = List.of();
    private final Map<String, Object> fixedFilters = new LinkedHashMap<>();

    private boolean filtered;

    public LazyTableModel(PageSource<T> source, RowKey<T> rowKey) {
        this.source = Objects.requireNonNull(source);
        this.rowKey = Objects.requireNonNull(rowKey);
    }

    /**
     * A filter the page sets itself (e.g. from a link's query, "review needed only"), added to what the user
     * filters in the table; {@code null} removes it.
     */
    public LazyTableModel<T> fixedFilter(String column, Object value) {
        if (value == null) {
            fixedFilters.remove(column);
        } else {
            fixedFilters.put(column, value);
        }
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.count(filters(filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<PageRequest.Sort> sorts = new ArrayList<>();
        if (sortBy != null) {
            sortBy.values().stream()
                    .filter(s -> s.getOrder() != null && s.getOrder() != SortOrder.UNSORTED)
                    .sorted((a, b) -> Integer.compare(a.getPriority(), b.getPriority()))
                    .forEach(s -> sorts.add(new PageRequest.Sort(s.getField(), s.getOrder() == SortOrder.ASCENDING)));
        }
        currentPage = source.load(new PageRequest(first, Math.max(1, pageSize), sorts, filters(filterBy)));
        return currentPage;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }

    @Override
    public T getRowData(String key) {
        return currentPage.stream().filter(r -> getRowKey(r).equals(key)).findFirst().orElse(null);
    }

    /**
     * Whether the rows last asked for were narrowed by a filter the user typed or chose (not the page's own fixed
     * filter): an empty table then says "nothing matches the filters", not "there is nothing yet".
     */
    public boolean isFiltered() {
        return filtered;
    }

    private Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
        Map<String, Object> result = new LinkedHashMap<>(fixedFilters);
        boolean any = false;
        if (filterBy != null) {
            for (Map.Entry<String, FilterMeta> entry : filterBy.entrySet()) {
                FilterMeta meta = entry.getValue();
                Object value = meta.getFilterValue();
                if (value != null && !value.toString().isBlank()) {
                    result.put(meta.getField() != null ? meta.getField() : entry.getKey(), value);
                    any = true;
                }
            }
        }
        filtered = any;
        return result;
    }
}
