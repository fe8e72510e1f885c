package nl.kennisveiligheid.units.control;

import nl.kennisveiligheid.platform.api.AccessRefusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.PageSource;
import nl.kennisveiligheid.platform.api.lazy.TableQuery;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitClosureCheck;
import nl.kennisveiligheid.units.api.UnitDirectory;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.api.UnitVersionView;
import nl.kennisveiligheid.units.entity.HighRiskUnit;
import nl.kennisveiligheid.units.entity.UnitVersion;

/**
 * Reading the high-risk units: an institution's staff read their own, authority staff the national register (every
 * unit that is not a draft). Every query is scoped to the caller's institution (institution roles) or read-only over
 * all institutions (authority roles); another institution's unit is "not found" and the attempt audited. Changes
 * are {@link UnitEditing}'s.
 */
@ApplicationScoped
public class UnitRegister implements UnitDirectory, PageSource<UnitSummary> {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "units")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClock clock;

    @Inject
    Instance<UnitClosureCheck> closureChecks;

    // ---- reading

    @Override
    public Optional<UnitSummary> unit(long id) {
        return find(id).map(HighRiskUnit::summary);
    }

    @Override
    public List<UnitSummary> openUnitsOfMyInstitution() {
        return currentUser.institutionId().map(own -> em.createQuery("select u from HighRiskUnit u where u.institutionId = :id "
                        + "and u.status <> :closed order by u.name", HighRiskUnit.class).setParameter("id", own)
                .setParameter("closed", UnitStatus.CLOSED).getResultStream().map(HighRiskUnit::summary).toList()).orElse(List.of());
    }

    /** The unit's newest version with its personal data (head, contact): the read is audited. */
    public Optional<UnitVersionView> details(long id) {
        Optional<HighRiskUnit> unit = find(id);
        unit.ifPresent(u -> audit.personalDataViewed("HighRiskUnit", id, u.getInstitutionId()));
        return unit.map(u -> current(u).view());
    }

    @Override
    public Optional<UnitVersionView> asOf(long id, LocalDate date) {
        OffsetDateTime endOfDay = date.plusDays(1).atStartOfDay(clock.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        return find(id).flatMap(u -> em.createQuery("select v from UnitVersion v where v.unit.id = :id and v.recordedAt < :end "
                        + "order by v.number desc", UnitVersion.class)
                .setParameter("id", id).setParameter("end", endOfDay).setMaxResults(1).getResultStream().findFirst()
                .map(UnitVersion::view));
    }

    @Override
    public List<UnitVersionView> history(long id) {
        return find(id).map(u -> em.createQuery("select v from UnitVersion v where v.unit.id = :id order by v.number", UnitVersion.class)
                .setParameter("id", id).getResultStream().map(UnitVersion::view).toList()).orElse(List.of());
    }

    // ---- lists (lazy tables, REST pages)

    private TableQuery<HighRiskUnit> table() {
        Optional<Long> own = currentUser.institutionId();
        boolean register = own.isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser);
        return TableQuery.of(HighRiskUnit.class)
                .text("name", "name")
                .text("faculty", "faculty")
                .item("cluster", "clusters")
                .exact("status", "status")
                .exact("kind", "kind")
                .exact("institutionId", "institutionId")
                .exact("reviewNeeded", "reviewNeeded")
                .defaultSort("name", true)
                .scope((cb, root) -> own.map(id -> cb.equal(root.get("institutionId"), id))
                        .orElseGet(() -> register ? cb.notEqual(root.get("status"), UnitStatus.DRAFT) : cb.disjunction()));
    }

    @Override
    public long count(Map<String, Object> filters) {
        return table().count(em, filters);
    }

    @Override
    public List<UnitSummary> load(PageRequest request) {
        return table().load(em, request)
                .stream().map(HighRiskUnit::summary).toList();
    }

    /**
     * The list's filters from request parameters (REST, the register's download link): blank ones left out, the
     * status by name in any case.
     *
     * @throws IllegalArgumentException when the status is not one of {@link UnitStatus}
     */
    public static Map<String, Object> filters(String name, String status, String cluster, Long institutionId, Boolean reviewNeeded) {
        Map<String, Object> filters = new LinkedHashMap<>();
        ApiParameters.putIfGiven(filters, "name", name);
        if (status != null && !status.isBlank()) {
            filters.put("status", UnitStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        ApiParameters.putIfGiven(filters, "cluster", cluster);
        ApiParameters.putIfGiven(filters, "institutionId", institutionId);
        ApiParameters.putIfGiven(filters, "reviewNeeded", reviewNeeded);
        return filters;
    }


    // ---- what the institution's changes need to know

    /** Why the unit needs review (the Annex 2 changes that touch it), if it does. */
    public Optional<ReviewNote> review(long id) {
        return find(id).filter(HighRiskUnit::isReviewNeeded).map(u -> ReviewNote.parse(u.getReviewNote()));
    }

    /** What still depends on the caller's own unit (open requests, valid decisions), as later modules report it. */
    public List<UnitClosureCheck.Dependent> dependents(long id) {
        requireStaff();
        mine(id);
        return dependentsOf(id);
    }

    /** What the closure checks name for a unit the caller was already found to own. */
    List<UnitClosureCheck.Dependent> dependentsOf(long id) {
        List<UnitClosureCheck.Dependent> dependents = new ArrayList<>();
        closureChecks.forEach(check -> dependents.addAll(check.dependents(id)));
        return dependents;
    }

    /** The names of the institution's units that are not closed (an import must not create them twice). */
    Set<String> namesInUse(long institution) {
        return new java.util.HashSet<>(em.createQuery("select u.name from HighRiskUnit u where u.institutionId = :id and u.status <> :closed",
                        String.class).setParameter("id", institution).setParameter("closed", UnitStatus.CLOSED).getResultList());
    }

    // ---- scoping: what the caller may see

    /**
     * The unit, when the caller may see it: an institution's own units, or (authority staff) any unit that is not a
     * draft. Anything else is "not found", and the attempt audited.
     */
    Optional<HighRiskUnit> find(long id) {
        HighRiskUnit unit = em.find(HighRiskUnit.class, id);
        if (unit == null) {
            return Optional.empty();
        }
        Optional<Long> own = currentUser.institutionId();
        if (own.isPresent() ? !own.get().equals(unit.getInstitutionId())
                : !RoleGroup.AUTHORITY_STAFF.includes(currentUser) || unit.getStatus() == UnitStatus.DRAFT) {
            AccessRefusals.record("HighRiskUnit", id);
            return Optional.empty();
        }
        return Optional.of(unit);
    }

    /** The caller's own unit (refused as not found otherwise). */
    HighRiskUnit mine(long id) {
        return find(id).filter(u -> currentUser.institutionId().isPresent())
                .orElseThrow(() -> Refusal.notFound(UnitsModule.BUNDLE, "error.notFound"));
    }

    /** The newest version of a unit. */
    UnitVersion current(HighRiskUnit unit) {
        return em.createQuery("select v from UnitVersion v where v.unit.id = :id and v.number = :number", UnitVersion.class)
                .setParameter("id", unit.getId()).setParameter("number", unit.getCurrentVersion()).getSingleResult();
    }

    /** The caller's institution, when the caller is its staff (who edit units); refused (403, audited) otherwise. */
    long requireStaff() {
        Optional<Long> own = currentUser.institutionId();
        if (own.isEmpty() || !RoleGroup.INSTITUTION_STAFF.includes(currentUser)) {
            throw Refusal.forbidden("HighRiskUnit", null);
        }
        return own.get();
    }
}
