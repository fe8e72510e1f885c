package nl.kennisveiligheid.platform.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Remembers what a backing bean's getter computed for the rest of the request, so that a value a page evaluates
 * many times (in {@code rendered} attributes, once per table row) is queried once. Name every input of the
 * value in its key (e.g. {@code "version:" + list + ":" + number}). Everything is forgotten when the response
 * starts to render (a platform phase listener), so a page shows what an action of the same request changed.
 *
 * <pre>{@code
 * @Inject RequestMemo memo;
 * public ListVersionSummary getDraft() {
 *     return memo.get(this, "draft:" + list, () -> editing.draft(list).orElse(null));
 * }
 * }</pre>
 */
@RequestScoped
public class RequestMemo {

    private final Map<Object, Map<String, Optional<Object>>> values = new IdentityHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(Object owner, String key, Supplier<T> compute) {
        Map<String, Optional<Object>> own = values.computeIfAbsent(owner, o -> new HashMap<>());
        Optional<Object> known = own.get(key);
        if (known == null) {
            known = Optional.ofNullable(compute.get());
            own.put(key, known);
        }
        return (T) known.orElse(null);
    }

    /** Forgets everything remembered in this request (before the response renders). */
    public void forgetAll() {
        values.clear();
    }
}
