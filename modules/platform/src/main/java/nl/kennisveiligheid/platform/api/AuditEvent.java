package nl.kennisveiligheid.platform.api;

import java.util.Map;
import java.util.Objects;

/**
 * Something that happened and must be in the audit trail. Who, when, from where and under which
 * correlation id are added by the platform.
 *
 * @param action        what happened, a stable code such as {@code unit.registered} or {@code person.viewed}
 * @param objectType    the kind of object, e.g. {@code HighRiskUnit}
 * @param objectId      its id (as text), or {@code null}
 * @param institutionId the institution the object belongs to, or {@code null}
 * @param oldValues     values before (personal data only where needed), or empty
 * @param newValues     values after, or empty
 */
public record AuditEvent(String action, String objectType, String objectId, Long institutionId,
                         Map<String, Object> oldValues, Map<String, Object> newValues) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        oldValues = oldValues == null ? Map.of() : Map.copyOf(oldValues);
        newValues = newValues == null ? Map.of() : Map.copyOf(newValues);
    }

    /** An export (CSV) of a list: the filters it was made with and how many rows it held. */
    public static AuditEvent exported(String action, String objectType, Long institutionId, java.util.Map<String, Object> filters, long rows) {
        java.util.Map<String, Object> described = new java.util.HashMap<>();
        filters.forEach((k, v) -> described.put(k, String.valueOf(v)));
        described.put("rows", rows);
        return new AuditEvent(action, objectType, null, institutionId, java.util.Map.of(), described);
    }

    public static AuditEvent of(String action, String objectType, Object objectId, Long institutionId) {
        return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), institutionId, Map.of(), Map.of());
    }
}
