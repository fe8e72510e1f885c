package nl.kennisveiligheid.units.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.PageSource;
import nl.kennisveiligheid.platform.api.lazy.TableQuery;
import nl.kennisveiligheid.techlist.api.ListVersionSummary;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitClosureCheck;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitDirectory;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.api.UnitVersionView;
import nl.kennisveiligheid.units.entity.HighRiskUnit;
import nl.kennisveiligheid.units.entity.UnitVersion;

/**
 * The high-risk units: institutions create, edit, register and close their own; authority staff read the
 * national register. Every query is scoped to the caller's institution (institution roles) or read-only
 * over all institutions (authority roles); another institution's unit is "not found" and the attempt audited.
 * Every change is audited; after registration every change is a new version.
 */
@ApplicationScoped
public class UnitRegister implements UnitDirectory, PageSource<UnitSummary> {

    private static final long serialVersionUID = 1L;

    static final Set<Role> EDITORS = EnumSet.of(Role.INSTITUTION_OFFICER, Role.INSTITUTION_ADMIN);
    static final Set<Role> REGISTER_READERS = EnumSet.of(Role.AUTHORITY_ASSESSOR, Role.AUTHORITY_DECIDER);

    @PersistenceContext(unitName = "units")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClock clock;

    @Inject
    TechnologyListCatalog annex2;

    @Inject
    Instance<UnitClosureCheck> closureChecks;

    // ---- reading

    @Override
    public Optional<UnitSummary> unit(long id) {
        return find(id).map(HighRiskUnit::summary);
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
        boolean register = !own.isPresent() && REGISTER_READERS.stream().anyMatch(currentUser::hasRole);
        return TableQuery.of(HighRiskUnit.class)
                .text("name", "name")
                .text("faculty", "faculty")
                .text("cluster", "clusters")
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
        return table().count(em, clusterFilter(filters));
    }

    @Override
    public List<UnitSummary> load(PageRequest request) {
        return table().load(em, new PageRequest(request.first(), request.pageSize(), request.sorts(), clusterFilter(request.filters())))
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
        putIfGiven(filters, "name", name);
        if (status != null && !status.isBlank()) {
            filters.put("status", UnitStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        putIfGiven(filters, "cluster", cluster);
        putIfGiven(filters, "institutionId", institutionId);
        putIfGiven(filters, "reviewNeeded", reviewNeeded);
        return filters;
    }

    private static void putIfGiven(Map<String, Object> filters, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            filters.put(name, value instanceof String s ? s.trim() : value);
        }
    }

    /** A cluster filter {@code 3} must not match {@code 13}: the stored form is {@code ,3,13,}. */
    private static Map<String, Object> clusterFilter(Map<String, Object> filters) {
        if (filters == null || !(filters.get("cluster") instanceof String cluster) || cluster.isBlank()) {
            return filters;
        }
        Map<String, Object> copy = new LinkedHashMap<>(filters);
        copy.put("cluster", "," + cluster.trim() + ",");
        return copy;
    }

    // ---- changes by the institution

    @Transactional
    public UnitSummary create(UnitData data) {
        long institution = requireEditor();
        ListVersionSummary list = annex2InForce();
        UnitData resolved = resolve(data, list);
        refuseIfInvalid(UnitValidation.forDraft(resolved));
        HighRiskUnit unit = persistNew(institution, resolved, list, null, false);
        em.flush();
        return unit.summary();
    }

    /**
     * A new unit with its first version, audited: a draft, or registered at once ({@code register}, from a file whose
     * row was checked as complete); {@code importLine} when it comes from a file.
     */
    private HighRiskUnit persistNew(long institution, UnitData resolved, ListVersionSummary list, Integer importLine, boolean register) {
        HighRiskUnit unit = new HighRiskUnit(institution, resolved);
        UnitStatus status = UnitStatus.DRAFT;
        if (register) {
            unit.register(clock.today());
            status = UnitStatus.REGISTERED;
        }
        em.persist(unit);
        em.persist(new UnitVersion(unit, 1, now(), currentUser.name(), false, null, status, resolved, list.listCode(), list.number()));
        Map<String, Object> values = auditValues(resolved);
        if (importLine != null) {
            values.put("importLine", importLine);
        }
        values.put("status", status.name());
        audit.record(new AuditEvent("unit.created", "HighRiskUnit", String.valueOf(unit.getId()), institution, Map.of(), values));
        return unit;
    }

    /** Reads a spreadsheet of units for the caller's institution against the Annex 2 version in force: a preview, nothing written. */
    public UnitImport.Result readImport(byte[] content) {
        return readImport(content, requireEditor(), annex2InForce());
    }

    private UnitImport.Result readImport(byte[] content, long institution, ListVersionSummary list) {
        return UnitImport.read(content, UnitImport.MAX_BYTES, annex2.entries(list.listCode(), list.number()), namesInUse(institution));
    }

    /**
     * Creates every unit of the file (registering the rows marked so) in one transaction, or none: the file is read
     * again, against what holds now. Returns the problems when it is not valid (then nothing is written).
     */
    @Transactional
    public UnitImport.Result importUnits(byte[] content) {
        long institution = requireEditor();
        ListVersionSummary list = annex2InForce();
        UnitImport.Result result = readImport(content, institution, list);
        if (!result.valid()) {
            return result;
        }
        result.rows().forEach(row -> persistNew(institution, row.data(), list, row.line(), row.register()));
        em.flush();
        return result;
    }

    /** The names of the institution's units that are not closed (an import must not create them twice). */
    private Set<String> namesInUse(long institution) {
        return new java.util.HashSet<>(em.createQuery("select u.name from HighRiskUnit u where u.institutionId = :id and u.status <> :closed",
                        String.class).setParameter("id", institution).setParameter("closed", UnitStatus.CLOSED).getResultList());
    }

    /** Changes a unit: a draft in place, a registered unit as a new version. Clears a review mark. */
    @Transactional
    public UnitSummary update(long id, UnitData data, long expectedVersion, String note) {
        requireEditor();
        HighRiskUnit unit = mine(id);
        ConcurrentChangeException.requireVersion(unit, expectedVersion, "HighRiskUnit", id);
        if (unit.getStatus() == UnitStatus.CLOSED) {
            throw new UnitRefused("error.closed");
        }
        ListVersionSummary list = annex2InForce();
        UnitData resolved = resolve(data, list);
        refuseIfInvalid(unit.getStatus() == UnitStatus.DRAFT ? UnitValidation.forDraft(resolved) : UnitValidation.forRegistration(resolved));
        UnitVersion current = current(unit);
        UnitData before = current.data();
        recordChange(unit, current, resolved, list, blankToNull(note));
        audit.record(new AuditEvent("unit.changed", "HighRiskUnit", String.valueOf(id), unit.getInstitutionId(), auditValues(before), auditValues(resolved)));
        return unit.summary();
    }

    /**
     * Records a change by the user: a draft's only version in place, otherwise a new version; the unit's listed
     * fields follow and a review mark clears.
     */
    private void recordChange(HighRiskUnit unit, UnitVersion current, UnitData resolved, ListVersionSummary list, String note) {
        if (unit.getStatus() == UnitStatus.DRAFT) {
            current.record(now(), currentUser.name(), false, note, UnitStatus.DRAFT, resolved, list.listCode(), list.number());
        } else {
            int number = unit.getCurrentVersion() + 1;
            em.persist(new UnitVersion(unit, number, now(), currentUser.name(), false, note, unit.getStatus(), resolved,
                    list.listCode(), list.number()));
            unit.newVersion(number);
        }
        unit.copy(resolved);
        unit.clearReview();
        em.flush();
    }

    @Transactional
    public UnitSummary register(long id, long expectedVersion) {
        requireEditor();
        HighRiskUnit unit = mine(id);
        ConcurrentChangeException.requireVersion(unit, expectedVersion, "HighRiskUnit", id);
        if (unit.getStatus() != UnitStatus.DRAFT) {
            throw new UnitRefused("error.notDraft");
        }
        UnitVersion current = current(unit);
        UnitData data = current.data();
        refuseIfInvalid(UnitValidation.forRegistration(data));
        current.record(now(), currentUser.name(), false, null, UnitStatus.REGISTERED, data, current.getListCode(), current.getListVersion());
        unit.register(clock.today());
        em.flush();
        audit.record(new AuditEvent("unit.registered", "HighRiskUnit", String.valueOf(id), unit.getInstitutionId(),
                Map.of("status", "DRAFT"), Map.of("status", "REGISTERED")));
        return unit.summary();
    }

    /** Why the unit needs review (the Annex 2 changes that touch it), if it does. */
    public Optional<ReviewNote> review(long id) {
        return find(id).filter(HighRiskUnit::isReviewNeeded).map(u -> ReviewNote.parse(u.getReviewNote()));
    }

    /**
     * The institution confirms that a unit marked "review needed" still applies as it is: its entries move to the
     * Annex 2 version in force (a registered unit gets a new version by the confirming user) and the mark clears.
     * Refused, naming the entries, when an entry it works with no longer exists: then the unit has to be edited.
     */
    @Transactional
    public UnitSummary confirmStillApplies(long id, long expectedVersion, String note) {
        requireEditor();
        HighRiskUnit unit = mine(id);
        ConcurrentChangeException.requireVersion(unit, expectedVersion, "HighRiskUnit", id);
        if (!unit.isReviewNeeded() || unit.getStatus() == UnitStatus.CLOSED) {
            throw new UnitRefused("error.review.none");
        }
        if (note != null && note.length() > 2000) {
            refuseIfInvalid(List.of(new UnitRefused.FieldProblem("note", "validation.length.2000")));
        }
        ListVersionSummary list = annex2InForce();
        UnitVersion current = current(unit);
        UnitData resolved;
        try {
            resolved = resolve(current.data(), list);
        } catch (UnitRefused refused) {
            throw new UnitRefused("error.review.editNeeded", refused.fields(), List.of());
        }
        String reviewNote = unit.getReviewNote();
        recordChange(unit, current, resolved, list, blankToNull(note));
        audit.record(new AuditEvent("unit.review-confirmed", "HighRiskUnit", String.valueOf(id), unit.getInstitutionId(),
                Map.of("reviewNote", reviewNote), Map.of("listVersion", list.number())));
        return unit.summary();
    }

    /** What still depends on the unit (open requests, valid decisions), as later modules report it. */
    public List<String> closureWarnings(long id) {
        mine(id);
        List<String> dependents = new ArrayList<>();
        closureChecks.forEach(check -> dependents.addAll(check.dependents(id)));
        return dependents;
    }

    /**
     * Closes a registered unit on {@code date} with a reason, as a new version. When something still depends on
     * it, refused with the dependents named unless {@code confirmed}.
     */
    @Transactional
    public UnitSummary close(long id, LocalDate date, String reason, long expectedVersion, boolean confirmed) {
        requireEditor();
        HighRiskUnit unit = mine(id);
        ConcurrentChangeException.requireVersion(unit, expectedVersion, "HighRiskUnit", id);
        if (unit.getStatus() != UnitStatus.REGISTERED) {
            throw new UnitRefused("error.notRegistered");
        }
        List<UnitRefused.FieldProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(new UnitRefused.FieldProblem("closedOn", "validation.required"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            problems.add(new UnitRefused.FieldProblem("reason", "validation.required"));
        }
        refuseIfInvalid(problems);
        List<String> dependents = closureWarnings(id);
        if (!dependents.isEmpty() && !confirmed) {
            throw new UnitRefused("error.close.dependents", List.of(), dependents);
        }
        UnitVersion current = current(unit);
        int number = unit.getCurrentVersion() + 1;
        em.persist(new UnitVersion(unit, number, now(), currentUser.name(), false, reason.trim(), UnitStatus.CLOSED, current.data(),
                current.getListCode(), current.getListVersion()));
        unit.newVersion(number);
        unit.close(date, reason.trim());
        em.flush();
        audit.record(new AuditEvent("unit.closed", "HighRiskUnit", String.valueOf(id), unit.getInstitutionId(),
                Map.of("status", "REGISTERED"), Map.of("status", "CLOSED", "closedOn", date.toString(), "reason", reason.trim(),
                        "dependents", dependents.size())));
        return unit.summary();
    }

    // ---- helpers

    /** The Annex 2 entries by key, in the version in force today: codes filled in, unknown or retired entries refused. */
    private UnitData resolve(UnitData data, ListVersionSummary list) {
        Map<String, TechnologyEntry> entries = new LinkedHashMap<>();
        annex2.entries(list.listCode(), list.number()).forEach(e -> entries.put(e.key(), e));
        List<UnitRefused.FieldProblem> problems = new ArrayList<>();
        List<UnitEntry> resolved = new ArrayList<>();
        for (int i = 0; i < data.entries().size(); i++) {
            UnitEntry entry = data.entries().get(i);
            TechnologyEntry known = entry.entryKey() == null ? null : entries.get(entry.entryKey());
            if (known == null || known.retired()) {
                problems.add(new UnitRefused.FieldProblem("entries[" + i + "]", "validation.entries.unknown"));
            } else {
                resolved.add(new UnitEntry(known.key(), known.code(), entry.reason() == null ? null : entry.reason().trim()));
            }
        }
        refuseIfInvalid(problems);
        return new UnitData(trim(data.name()), data.kind(), trim(data.faculty()), trim(data.department()), trim(data.sites()),
                trim(data.buildings()), trim(data.rooms()), trim(data.headName()), trim(data.headEmail()), trim(data.contactName()),
                trim(data.contactEmail()), trim(data.measuresPhysical()), trim(data.measuresDigital()), trim(data.measuresOrganisational()),
                resolved);
    }

    private ListVersionSummary annex2InForce() {
        return annex2.inForce(TechnologyListCatalog.ANNEX2, clock.today()).orElseThrow(() -> new UnitRefused("error.noAnnex2"));
    }

    private Optional<HighRiskUnit> find(long id) {
        HighRiskUnit unit = em.find(HighRiskUnit.class, id);
        if (unit == null) {
            return Optional.empty();
        }
        Optional<Long> own = currentUser.institutionId();
        if (own.isPresent() ? !own.get().equals(unit.getInstitutionId())
                : REGISTER_READERS.stream().noneMatch(currentUser::hasRole) || unit.getStatus() == UnitStatus.DRAFT) {
            audit.recordIndependently(AuditEvent.of("access.refused", "HighRiskUnit", id, own.orElse(null)));
            return Optional.empty();
        }
        return Optional.of(unit);
    }

    private HighRiskUnit mine(long id) {
        return find(id).orElseThrow(() -> new UnitRefused("error.notFound"));
    }

    private UnitVersion current(HighRiskUnit unit) {
        return em.createQuery("select v from UnitVersion v where v.unit.id = :id and v.number = :number", UnitVersion.class)
                .setParameter("id", unit.getId()).setParameter("number", unit.getCurrentVersion()).getSingleResult();
    }

    private long requireEditor() {
        Optional<Long> own = currentUser.institutionId();
        if (own.isEmpty() || EDITORS.stream().noneMatch(currentUser::hasRole)) {
            audit.recordIndependently(AuditEvent.of("access.refused", "HighRiskUnit", null, own.orElse(null)));
            throw new SecurityException("institution officers and administrators only");
        }
        return own.get();
    }

    private static void refuseIfInvalid(List<UnitRefused.FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new UnitRefused("error.invalid", problems, List.of());
        }
    }

    private static Map<String, Object> auditValues(UnitData data) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", data.name());
        values.put("kind", String.valueOf(data.kind()));
        values.put("entries", String.join(",", data.entries().stream().map(UnitEntry::code).toList()));
        return values;
    }

    private OffsetDateTime now() {
        return clock.now().atOffset(ZoneOffset.UTC);
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
