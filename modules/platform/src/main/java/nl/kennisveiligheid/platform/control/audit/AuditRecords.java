package nl.kennisveiligheid.platform.control.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.TableQuery;
import nl.kennisveiligheid.platform.entity.AuditRecord;

/** Searching the audit trail by user, object, action and period (days in Dutch time, both inclusive). */
@ApplicationScoped
public class AuditRecords {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PlatformClock clock;

    private TableQuery<AuditRecord> query(LocalDate from, LocalDate to) {
        OffsetDateTime start = from == null ? null : from.atStartOfDay(clock.zone()).toOffsetDateTime();
        OffsetDateTime end = to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toOffsetDateTime();
        return TableQuery.of(AuditRecord.class)
                .text("actor", "actor")
                .text("action", "action")
                .text("objectType", "objectType")
                .text("objectId", "objectId")
                .exact("position", "position")
                .defaultSort("position", false)
                .key("position")
                .scope((cb, root) -> {
                    List<Predicate> period = new ArrayList<>();
                    if (start != null) {
                        period.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
                    }
                    if (end != null) {
                        period.add(cb.lessThan(root.get("occurredAt"), end));
                    }
                    return cb.and(period.toArray(Predicate[]::new));
                });
    }

    public long count(Map<String, Object> filters, LocalDate from, LocalDate to) {
        return query(from, to).count(em, filters);
    }

    public List<AuditRecord> load(PageRequest request, LocalDate from, LocalDate to) {
        return query(from, to).load(em, request);
    }
}
