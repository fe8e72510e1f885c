package nl.kennisveiligheid.platform.api.lazy;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Where a lazy table gets its rows. A module implements it in its control layer (usually with a
 * {@link TableQuery}) and hands a CDI proxy of it to a {@link LazyTableModel}; the proxy is serializable,
 * so view-scoped beans can hold the model.
 */
public interface PageSource<T> extends Serializable {

    long count(Map<String, Object> filters);

    List<T> load(PageRequest request);
}
