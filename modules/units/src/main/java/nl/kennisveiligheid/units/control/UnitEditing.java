package nl.kennisveiligheid.units.control;

import static nl.kennisveiligheid.platform.api.validation.TextRules.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.techlist.api.ListVersionSummary;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.units.api.UnitClosureCheck;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.entity.HighRiskUnit;
import nl.kennisveiligheid.units.entity.Recording;
import nl.kennisveiligheid.units.entity.UnitVersion;

/**
 * Changing the high-risk units: an institution's staff create, import, edit, register, confirm after an Annex 2
 * change and close their own units. The rules of a unit's life are the unit's own ({@link HighRiskUnit}); this
 * service checks who may, validates the input against the Annex 2 version in force, keeps what the unit gives back
 * and audits every change.
 */
@ApplicationScoped
public class UnitEditing {

    @PersistenceContext(unitName = "units")
    EntityManager em;

    @Inject
    UnitRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClock clock;

    @Inject
    TechnologyListCatalog annex2;

    @Transactional
    public UnitSummary create(UnitData data) {
        long institution = register.requireStaff();
        ListVersionSummary list = annex2InForce();
        UnitData resolved = resolve(data, list);
        refuseIfInvalid(UnitValidation.forDraft(resolved));
        HighRiskUnit unit = persistNew(institution, resolved, list, null, false);
        em.flush();
        return unit.summary();
    }

    /**
     * A new unit with its first version, audited: a draft, or registered at once ({@code registerNow}, from a file
     * whose row was checked as complete); {@code importLine} when it comes from a file.
     */
    private HighRiskUnit persistNew(long institution, UnitData resolved, ListVersionSummary list, Integer importLine, boolean registerNow) {
        UnitVersion first = HighRiskUnit.create(institution, resolved, recording(null, list), registerNow ? clock.today() : null);
        HighRiskUnit unit = first.getUnit();
        em.persist(unit);
        em.persist(first);
        Map<String, Object> values = auditValues(resolved);
        if (importLine != null) {
            values.put("importLine", importLine);
        }
        values.put("status", unit.getStatus().name());
        audit.record(new AuditEvent("unit.created", "HighRiskUnit", String.valueOf(unit.getId()), institution, Map.of(), values));
        return unit;
    }

    /** Reads a spreadsheet of units for the caller's institution against the Annex 2 version in force: a preview, nothing written. */
    public UnitImport.Result readImport(byte[] content) {
        return readImport(content, register.requireStaff(), annex2InForce());
    }

    private UnitImport.Result readImport(byte[] content, long institution, ListVersionSummary list) {
        return UnitImport.read(content, UnitImport.MAX_BYTES, annex2.entries(list.listCode(), list.number()), register.namesInUse(institution));
    }

    /**
     * Creates every unit of the file (registering the rows marked so) in one transaction, or none: the file is read
     * again, against what holds now. Returns the problems when it is not valid (then nothing is written).
     */
    @Transactional
    public UnitImport.Result importUnits(byte[] content) {
        long institution = register.requireStaff();
        ListVersionSummary list = annex2InForce();
        UnitImport.Result result = readImport(content, institution, list);
        if (!result.valid()) {
            return result;
        }
        result.rows().forEach(row -> persistNew(institution, row.data(), list, row.line(), row.register()));
        em.flush();
        return result;
    }

    /** Changes a unit: a draft in place, a registered unit as a new version. Clears a review mark. */
    @Transactional
    public UnitSummary update(long id, UnitData data, long expectedVersion, String note) {
        HighRiskUnit unit = mineAsRead(id, expectedVersion);
        ListVersionSummary list = annex2InForce();
        UnitData resolved = resolve(data, list);
        List<Refusal.FieldProblem> problems = new ArrayList<>(unit.getStatus() == UnitStatus.DRAFT
                ? UnitValidation.forDraft(resolved) : UnitValidation.forRegistration(resolved));
        UnitValidation.note(problems, "note", note, 2000);
        refuseIfInvalid(problems);
        UnitVersion current = register.current(unit);
        UnitData before = current.data();
        em.persist(unit.change(current, resolved, recording(blankToNull(note), list)));
        em.flush();
        audit.record(new AuditEvent("unit.changed", "HighRiskUnit", String.valueOf(id), unit.getInstitutionId(), auditValues(before), auditValues(resolved)));
        return unit.summary();
    }

    @Transactional
    public UnitSummary register(long id, long expectedVersion) {
        HighRiskUnit unit = mineAsRead(id, expectedVersion);
        if (unit.getStatus() != UnitStatus.DRAFT) {
            throw Refusal.conflict(UnitsModule.BUNDLE, "error.notDraft");
        }
        UnitVersion current = register.current(unit);
        refuseIfInvalid(UnitValidation.forRegistration(current.data()));
        unit.register(current, recording(null, current.getListCode(), current.getListVersion()), clock.today());
        em.flush();
        audit.record(new AuditEvent("unit.registered", "HighRiskUnit", String.valueOf(id), unit.getInstitutionId(),
                Map.of("status", "DRAFT"), Map.of("status", "REGISTERED")));
        return unit.summary();
    }

    /**
     * The institution confirms that a unit marked "review needed" still applies as it is: its entries move to the
     * Annex 2 version in force (a registered unit gets a new version by the confirming user) and the mark clears.
     * Refused, naming the entries, when an entry it works with no longer exists: then the unit has to be edited.
     */
    @Transactional
    public UnitSummary confirmStillApplies(long id, long expectedVersion, String note) {
        HighRiskUnit unit = mineAsRead(id, expectedVersion);
        if (!unit.isReviewNeeded() || unit.getStatus() == UnitStatus.CLOSED) {
            throw Refusal.conflict(UnitsModule.BUNDLE, "error.review.none");
        }
        List<Refusal.FieldProblem> noteProblems = new ArrayList<>();
        UnitValidation.note(noteProblems, "note", note, 2000);
        refuseIfInvalid(noteProblems);
        ListVersionSummary list = annex2InForce();
        UnitVersion current = register.current(unit);
        UnitData resolved;
        try {
            resolved = resolve(current.data(), list);
        } catch (Refusal refused) {
            throw refused.as(Refusal.Kind.CONFLICT, "error.review.editNeeded");
        }
        String reviewNote = unit.getReviewNote();
        em.persist(unit.change(current, resolved, recording(blankToNull(note), list)));
        em.flush();
        audit.record(new AuditEvent("unit.review-confirmed", "HighRiskUnit", String.valueOf(id), unit.getInstitutionId(),
                Map.of("reviewNote", reviewNote), Map.of("listVersion", list.number())));
        return unit.summary();
    }

    /**
     * Closes a registered unit on {@code date} with a reason, as a new version. When something still depends on
     * it, refused (409) with the dependents named as field problems {@code dependents}, unless {@code confirmed}:
     * then closed, the number of dependents in the audit record.
     */
    @Transactional
    public UnitSummary close(long id, LocalDate date, String reason, long expectedVersion, boolean confirmed) {
        HighRiskUnit unit = mineAsRead(id, expectedVersion);
        if (unit.getStatus() != UnitStatus.REGISTERED) {
            throw Refusal.conflict(UnitsModule.BUNDLE, "error.notRegistered");
        }
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        LocalDate today = clock.today();
        if (date == null) {
            problems.add(new Refusal.FieldProblem("closedOn", "validation.required"));
        } else if (date.isBefore(today.minusYears(1)) || date.isAfter(today.plusYears(1))) {
            problems.add(new Refusal.FieldProblem("closedOn", "validation.closedOn.range", today.minusYears(1), today.plusYears(1)));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Refusal.FieldProblem("reason", "validation.required"));
        }
        UnitValidation.note(problems, "reason", reason, 1000);
        refuseIfInvalid(problems);
        List<UnitClosureCheck.Dependent> dependents = register.dependentsOf(id);
        if (!dependents.isEmpty() && !confirmed) {
            throw new Refusal(Refusal.Kind.CONFLICT, UnitsModule.BUNDLE, "error.close.dependents", dependents.stream()
                    .map(d -> new Refusal.FieldProblem("dependents", "problem.dependent", d.description())).toList());
        }
        UnitVersion current = register.current(unit);
        em.persist(unit.close(current, recording(null, current.getListCode(), current.getListVersion()), date, reason.trim()));
        em.flush();
        audit.record(new AuditEvent("unit.closed", "HighRiskUnit", String.valueOf(id), unit.getInstitutionId(),
                Map.of("status", "REGISTERED"), Map.of("status", "CLOSED", "closedOn", date.toString(), "reason", reason.trim(),
                        "dependents", dependents.size(), "confirmed", confirmed && !dependents.isEmpty())));
        return unit.summary();
    }

    // ---- helpers

    /** The caller's own unit, refused unless the caller is its institution's staff and read the version it has now. */
    private HighRiskUnit mineAsRead(long id, long expectedVersion) {
        register.requireStaff();
        HighRiskUnit unit = register.mine(id);
        ConcurrentChangeException.requireVersion(unit, expectedVersion, "HighRiskUnit", id);
        return unit;
    }

    /** The caller records a version now, against the Annex 2 version {@code list}. */
    private Recording recording(String note, ListVersionSummary list) {
        return recording(note, list.listCode(), list.number());
    }

    private Recording recording(String note, String listCode, int listVersion) {
        return Recording.byUser(clock.now().atOffset(ZoneOffset.UTC), currentUser.name(), note, listCode, listVersion);
    }

    /** The Annex 2 entries by key, in the version in force today: codes filled in, unknown or retired entries refused. */
    private UnitData resolve(UnitData data, ListVersionSummary list) {
        Map<String, TechnologyEntry> entries = new LinkedHashMap<>();
        annex2.entries(list.listCode(), list.number()).forEach(e -> entries.put(e.key(), e));
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        List<UnitEntry> resolved = new ArrayList<>();
        for (int i = 0; i < data.entries().size(); i++) {
            UnitEntry entry = data.entries().get(i);
            TechnologyEntry known = entry.entryKey() == null ? null : entries.get(entry.entryKey());
            if (known == null || known.retired()) {
                problems.add(new Refusal.FieldProblem("entries[" + i + "]", "validation.entries.unknown"));
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
        return annex2.inForce(TechnologyListCatalog.ANNEX2, clock.today())
                .orElseThrow(() -> Refusal.conflict(UnitsModule.BUNDLE, "error.noAnnex2"));
    }

    private static void refuseIfInvalid(List<Refusal.FieldProblem> problems) {
        Refusal.refuseIfAny(UnitsModule.BUNDLE, "error.invalid", problems);
    }

    private static Map<String, Object> auditValues(UnitData data) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", data.name());
        values.put("kind", String.valueOf(data.kind()));
        values.put("entries", String.join(",", data.entries().stream().map(UnitEntry::code).toList()));
        return values;
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

}
