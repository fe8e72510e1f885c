package nl.kennisveiligheid.platform.api.lazy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Filters, sorts and pages one entity type in the database, for lazy tables. Only the columns declared
 * here can be filtered or sorted on; anything else a client sends is ignored, so request parameters never
 * reach the query as names. A scope (e.g. "this institution only") is added to every query.
 *
 * <pre>{@code
 * TableQuery<Unit> q = TableQuery.of(Unit.class)
 *         .text("name", "name")          // case-insensitive "contains"
 *         .exact("status", "status")     // equals (enums, ids)
 *         .defaultSort("name", true)
 *         .scope((cb, root) -> cb.equal(root.get("institutionId"), institutionId));
 * }</pre>
 */
public final class TableQuery<T> {

    private enum Match { TEXT, ITEM, EXACT, FROM, UNTIL, FLAG }

    private record Column(String attributePath, Match match, Condition<?> condition) {
        Column(String attributePath, Match match) {
            this(attributePath, match, null);
        }
    }

    /** A yes/no filter's condition, which may need a subquery (e.g. "has an objection that is not decided"). */
    @FunctionalInterface
    public interface Condition<T> {
        Predicate of(CriteriaQuery<?> query, CriteriaBuilder cb, Root<T> root);
    }

    private final Class<T> type;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private BiFunction<CriteriaBuilder, Root<T>, Predicate> scope;
    private PageRequest.Sort defaultSort;
    private String key = "id";

    private TableQuery(Class<T> type) {
        this.type = type;
    }

    public static <T> TableQuery<T> of(Class<T> type) {
        return new TableQuery<>(type);
    }

    /** A text column: filtered case-insensitively on "contains", sortable. */
    public TableQuery<T> text(String column, String attributePath) {
        columns.put(column, new Column(attributePath, Match.TEXT));
        return this;
    }

    /**
     * A column holding a list stored as {@code ,3,13,}: filtered on the item given (case-insensitively), so that
     * {@code 3} matches {@code ,3,13,} and {@code 1} does not.
     */
    public TableQuery<T> item(String column, String attributePath) {
        columns.put(column, new Column(attributePath, Match.ITEM));
        return this;
    }

    /** A column filtered on equality (enum constants by name, numbers, booleans), sortable. */
    public TableQuery<T> exact(String column, String attributePath) {
        columns.put(column, new Column(attributePath, Match.EXACT));
        return this;
    }

    /** A lower bound (inclusive) on a date or number attribute: the filter {@code column} holds the first value wanted. */
    public TableQuery<T> from(String column, String attributePath) {
        columns.put(column, new Column(attributePath, Match.FROM));
        return this;
    }

    /** An upper bound (inclusive) on a date or number attribute: the filter {@code column} holds the last value wanted. */
    public TableQuery<T> until(String column, String attributePath) {
        columns.put(column, new Column(attributePath, Match.UNTIL));
        return this;
    }

    /** A yes/no filter: {@code condition} when the filter is true, its negation when false. Not sortable. */
    public TableQuery<T> flag(String column, Condition<T> condition) {
        columns.put(column, new Column(null, Match.FLAG, condition));
        return this;
    }

    public TableQuery<T> defaultSort(String column, boolean ascending) {
        this.defaultSort = new PageRequest.Sort(column, ascending);
        return this;
    }

    /** The unique attribute that makes the order stable between pages ({@code id} unless said otherwise). */
    public TableQuery<T> key(String attribute) {
        this.key = attribute;
        return this;
    }

    /** A condition every query of this table carries (tenancy, status, ...). */
    public TableQuery<T> scope(BiFunction<CriteriaBuilder, Root<T>, Predicate> scope) {
        this.scope = scope;
        return this;
    }

    public long count(EntityManager em, Map<String, Object> filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        query.select(cb.count(root)).where(predicates(query, cb, root, filters));
        return em.createQuery(query).getSingleResult();
    }

    public List<T> load(EntityManager em, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.select(root).where(predicates(query, cb, root, request.filters()));
        List<Order> orders = new ArrayList<>();
        List<PageRequest.Sort> sorts = new ArrayList<>(request.sorts());
        if (defaultSort != null) {
            sorts.add(defaultSort);
        }
        for (PageRequest.Sort sort : sorts) {
            Column column = columns.get(sort.field());
            if (column != null && column.attributePath() != null) {
                Path<?> path = path(root, column.attributePath());
                orders.add(sort.ascending() ? cb.asc(path) : cb.desc(path));
            }
        }
        orders.add(cb.asc(root.get(key)));
        query.orderBy(orders);
        TypedQuery<T> typed = em.createQuery(query);
        typed.setFirstResult(request.first());
        typed.setMaxResults(request.pageSize());
        return typed.getResultList();
    }

    /** The longest filter value looked for: longer than any column, so nothing matches it. */
    static final int MAX_FILTER_LENGTH = 4000;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate[] predicates(CriteriaQuery<?> query, CriteriaBuilder cb, Root<T> root, Map<String, Object> filters) {
        List<Predicate> result = new ArrayList<>();
        if (scope != null) {
            result.add(scope.apply(cb, root));
        }
        for (Map.Entry<String, Object> filter : filters.entrySet()) {
            Column column = columns.get(filter.getKey());
            Object value = filter.getValue();
            if (column == null || value == null || value.toString().isBlank()) {
                continue;
            }
            if (TextRules.hasForbiddenCharacter(value.toString()) || value.toString().length() > MAX_FILTER_LENGTH) {
                // nothing stored holds such a character (TextRules), nor is a column that long: nothing matches, and the
                // value never reaches the database (PostgreSQL refuses NUL)
                result.add(cb.disjunction());
                continue;
            }
            if (column.match() == Match.FLAG) {
                Predicate condition = ((Condition<T>) column.condition()).of(query, cb, root);
                result.add(Boolean.parseBoolean(value.toString().trim()) ? condition : cb.not(condition));
                continue;
            }
            Path<?> path = path(root, column.attributePath());
            if (column.match() == Match.FROM || column.match() == Match.UNTIL) {
                Comparable bound = (Comparable) convert(path.getJavaType(), value);
                Expression<Comparable> comparable = (Expression<Comparable>) path;
                result.add(column.match() == Match.FROM ? cb.greaterThanOrEqualTo(comparable, bound) : cb.lessThanOrEqualTo(comparable, bound));
            } else if (column.match() == Match.TEXT || column.match() == Match.ITEM) {
                Expression<String> lower = cb.lower(path.as(String.class));
                String wanted = value.toString().trim().toLowerCase(Locale.ROOT);
                result.add(cb.like(lower, "%" + escapeLike(column.match() == Match.ITEM ? "," + wanted + "," : wanted) + "%", '\\'));
            } else if (path.getJavaType() == Boolean.class || path.getJavaType() == boolean.class) {
                // isTrue/isFalse, not "= ?": EclipseLink binds a boolean as 1 on H2, which H2 2.x refuses to compare with a BOOLEAN
                @SuppressWarnings("unchecked")
                Expression<Boolean> flag = (Expression<Boolean>) path;
                result.add(Boolean.TRUE.equals(convert(path.getJavaType(), value)) ? cb.isTrue(flag) : cb.isFalse(flag));
            } else {
                result.add(cb.equal(path, convert(path.getJavaType(), value)));
            }
        }
        return result.toArray(Predicate[]::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Class<?> javaType, Object value) {
        if (javaType.isInstance(value)) {
            return value;
        }
        String text = value.toString().trim();
        if (javaType.isEnum()) {
            return Enum.valueOf((Class<Enum>) javaType, text);
        }
        if (javaType == Long.class || javaType == long.class) {
            return Long.valueOf(text);
        }
        if (javaType == Integer.class || javaType == int.class) {
            return Integer.valueOf(text);
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return Boolean.valueOf(text);
        }
        if (javaType == java.time.LocalDate.class) {
            return java.time.LocalDate.parse(text);
        }
        return text;
    }

    private static Path<?> path(Root<?> root, String attributePath) {
        Path<?> path = root;
        for (String part : attributePath.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
