package nl.kennisveiligheid.decisions.control;

import nl.kennisveiligheid.platform.api.AccessRefusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kennisveiligheid.decisions.api.DecisionStanding;
import nl.kennisveiligheid.decisions.api.DecisionView;
import nl.kennisveiligheid.decisions.api.Outcome;
import nl.kennisveiligheid.decisions.api.PersonAccess;
import nl.kennisveiligheid.decisions.api.RegisterEntry;
import nl.kennisveiligheid.decisions.entity.Objection;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.PageSource;
import nl.kennisveiligheid.platform.api.lazy.TableQuery;
import nl.kennisveiligheid.decisions.entity.AccessDecision;
import nl.kennisveiligheid.decisions.entity.DecisionLetter;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.screening.api.ScreeningRequests;
import nl.kennisveiligheid.units.api.UnitDirectory;
import nl.kennisveiligheid.units.api.UnitSummary;

/**
 * Reading decisions: a request's decisions, one decision and its letter, who may enter a unit on a day and where a
 * person may go. Institution staff read their own institution's only (another's is "not found", the attempt audited);
 * authority staff read all. Lists with names are personal-data reads and audited.
 */
@ApplicationScoped
public class DecisionRegister implements PageSource<RegisterEntry> {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "decisions")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    ScreeningRequests requests;

    @Inject
    UnitDirectory units;

    @Inject
    PlatformClock clock;

    /** The decisions on a request the caller may see, newest first (empty when there are none or it is not visible). */
    public List<DecisionView> ofRequest(long requestId) {
        if (requests.request(requestId).isEmpty()) {
            return List.of();
        }
        List<DecisionView> found = em.createQuery("select d from AccessDecision d where d.requestId = :id order by d.signedAt desc, d.id desc",
                AccessDecision.class).setParameter("id", requestId).getResultList().stream().map(AccessDecision::view).toList();
        if (!found.isEmpty()) {
            audit.personalDataViewed("AccessDecision.request", requestId, found.get(0).institutionId());
        }
        return found;
    }

    /** One decision, if the caller may see it; the read is audited. */
    public Optional<DecisionView> decision(long id) {
        Optional<AccessDecision> found = find(id);
        found.ifPresent(d -> audit.personalDataViewed("AccessDecision", id, d.getInstitutionId()));
        return found.map(AccessDecision::view);
    }

    /** The letter of a decision the caller may see; the read is audited. */
    public Optional<DecisionLetter> letter(long decisionId) {
        Optional<AccessDecision> found = find(decisionId);
        found.ifPresent(d -> audit.personalDataViewed("DecisionLetter", decisionId, d.getInstitutionId()));
        return found.map(d -> em.find(DecisionLetter.class, decisionId));
    }

    /** Who may enter the unit on {@code day}, by name; the unit must be visible to the caller (else not found). */
    public List<PersonAccess> whoMayEnter(long unitId, LocalDate day) {
        UnitSummary unit = units.unit(unitId).orElseThrow(() -> Refusal.notFound(DecisionsModule.BUNDLE, "error.unit.notFound"));
        List<AccessDecision> decisions = em.createQuery("select d from AccessDecision d where d.unitId = :unit and d.institutionId = :institution"
                        + " and d.effectiveFrom <= :day order by d.personReference, d.signedAt desc, d.id desc", AccessDecision.class)
                .setParameter("unit", unitId).setParameter("institution", unit.institutionId()).setParameter("day", day).getResultList();
        List<PersonAccess> access = allowed(decisions, day, unit);
        audit.personalDataViewed("HighRiskUnit.access", unitId, unit.institutionId());
        return access;
    }

    /**
     * Where the caller's institution's people may go on {@code day}, found by their reference (regardless of case and
     * surrounding spaces) or by a part of their name: institution staff only, within their own institution.
     */
    public List<PersonAccess> whereMayGo(String referenceOrName, LocalDate day) {
        long institution = requireInstitutionStaff();
        String typed = referenceOrName == null ? "" : referenceOrName.strip();
        String namePart = "%" + typed.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<AccessDecision> decisions = em.createQuery("select d from AccessDecision d where d.institutionId = :institution"
                        + " and (upper(d.personReference) = :reference or lower(d.personName) like :name escape '\\')"
                        + " and d.effectiveFrom <= :day order by d.personReference, d.unitId, d.signedAt desc, d.id desc", AccessDecision.class)
                .setParameter("institution", institution).setParameter("reference", typed.toUpperCase(java.util.Locale.ROOT))
                .setParameter("name", namePart).setParameter("day", day).setMaxResults(2000).getResultList();
        List<PersonAccess> access = new ArrayList<>();
        Map<String, List<DecisionView>> byPersonAndUnit = new LinkedHashMap<>();
        decisions.forEach(d -> byPersonAndUnit.computeIfAbsent(d.getPersonReference() + "\u0000" + d.getUnitId(), k -> new ArrayList<>()).add(d.view()));
        byPersonAndUnit.values().forEach(list -> units.unit(list.get(0).unitId()).ifPresent(unit -> access.addAll(allowed(list, day, unit.closedOn()))));
        audit.personalDataViewed("AccessDecision.person", null, institution);
        return access;
    }

    private static List<PersonAccess> allowed(List<AccessDecision> sorted, LocalDate day, UnitSummary unit) {
        Map<String, List<DecisionView>> byPerson = new LinkedHashMap<>();
        sorted.forEach(d -> byPerson.computeIfAbsent(d.getPersonReference(), k -> new ArrayList<>()).add(d.view()));
        List<PersonAccess> access = new ArrayList<>();
        byPerson.values().forEach(list -> access.addAll(allowed(list, day, unit.closedOn())));
        return access;
    }

    private static List<PersonAccess> allowed(List<DecisionView> newestFirst, LocalDate day, LocalDate closedOn) {
        var answer = AccessRules.answer(newestFirst, day, closedOn);
        if (!answer.allowed()) {
            return List.of();
        }
        DecisionView d = AccessRules.deciding(newestFirst, day).orElseThrow();
        return List.of(new PersonAccess(d.unitId(), d.unitName(), d.personReference(), d.personName(), d.reference(), d.id(), d.requestId(),
                d.outcome(), d.conditions(), d.effectiveFrom(), d.expiresOn(), d.conditionsEn()));
    }

    /** Per person, the decision for the unit that gives access today or later ({@link DecisionStanding}; for closing the unit). */
    public List<DecisionView> validForUnit(long unitId, LocalDate today) {
        List<AccessDecision> candidates = em.createQuery("select d from AccessDecision d where d.unitId = :unit"
                        + " and (d.expiresOn is null or d.expiresOn >= :today) order by d.personReference, d.signedAt desc, d.id desc", AccessDecision.class)
                .setParameter("unit", unitId).setParameter("today", today).getResultList();
        Map<String, DecisionView> giving = new LinkedHashMap<>();
        DecisionHistories.of(em, candidates).givingAccess(candidates, today).forEach(d -> giving.putIfAbsent(d.getPersonReference(), d.view()));
        return List.copyOf(giving.values());
    }

    // ---- the authority's register (lazy table, REST pages, CSV)

    private TableQuery<AccessDecision> table() {
        boolean authority = currentUser.institutionId().isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser);
        return TableQuery.of(AccessDecision.class)
                .text("reference", "reference")
                .text("unit", "unitName")
                .item("cluster", "clusters")
                .exact("outcome", "outcome")
                .exact("institutionId", "institutionId")
                .from("decidedFrom", "decidedOn")
                .until("decidedUntil", "decidedOn")
                .exact("decidedOn", "decidedOn")
                .flag("underObjection", (query, cb, root) -> {
                    var pending = query.subquery(Long.class);
                    var objection = pending.from(Objection.class);
                    return cb.exists(pending.select(objection.get("id")).where(cb.equal(objection.get("decisionId"), root.get("id")),
                            cb.isNull(objection.get("outcome"))));
                })
                .defaultSort("decidedOn", false)
                .scope((cb, root) -> authority ? cb.conjunction() : cb.disjunction());
    }

    @Override
    public long count(Map<String, Object> filters) {
        return table().count(em, filters);
    }

    @Override
    public List<RegisterEntry> load(PageRequest request) {
        List<AccessDecision> page = table().load(em, request);
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(AccessDecision::getId).toList();
        java.util.Set<Long> objected = new java.util.HashSet<>(em.createQuery(
                "select o.decisionId from Objection o where o.decisionId in :ids and o.outcome is null", Long.class)
                .setParameter("ids", ids).getResultList());
        java.util.Set<Long> appealed = new java.util.HashSet<>(em.createQuery(
                "select a.decisionId from Appeal a where a.decisionId in :ids and a.outcome is null", Long.class)
                .setParameter("ids", ids).getResultList());
        List<Long> corrected = page.stream().map(AccessDecision::getCorrectsId).filter(java.util.Objects::nonNull).toList();
        Map<Long, String> references = new java.util.HashMap<>();
        if (!corrected.isEmpty()) {
            em.createQuery("select d.id, d.reference from AccessDecision d where d.id in :ids", Object[].class).setParameter("ids", corrected)
                    .getResultList().forEach(row -> references.put((Long) row[0], (String) row[1]));
        }
        LocalDate today = clock.today();
        DecisionHistories histories = DecisionHistories.of(em, page);
        return page.stream().map(d -> entry(d, histories.of(d), today, objected.contains(d.getId()), appealed.contains(d.getId()),
                references.get(d.getCorrectsId()))).toList();
    }

    private static RegisterEntry entry(AccessDecision d, List<DecisionView> history, LocalDate today, boolean underObjection, boolean onAppeal,
                                       String corrects) {
        Integer turnaround = d.getSubmittedOn() == null ? null
                : (int) (java.time.temporal.ChronoUnit.DAYS.between(d.getSubmittedOn(), d.getDecidedOn())
                        - (d.getSuspendedDays() == null ? 0 : d.getSuspendedDays()));
        String clusters = d.getClusters() == null ? "" : String.join(", ", java.util.Arrays.stream(d.getClusters().split(","))
                .filter(c -> !c.isBlank()).toList());
        return new RegisterEntry(d.getId(), d.getReference(), d.getRequestId(), d.getRequestReference(), d.getInstitutionId(), d.getUnitId(),
                d.getUnitName(), clusters, d.getOutcome(), d.getDecidedOn(), d.getEffectiveFrom(), d.getExpiresOn(), d.getRevokedFrom(),
                RegisterEntry.status(d.view(), history, today), underObjection, onAppeal, d.getSubmittedOn(), d.getSuspendedDays(), turnaround,
                d.getDueOn(), d.getDaysLate(), d.getDaysLate() == 0, corrects);
    }

    /**
     * The register's filters from request parameters (REST, the download link): blank ones left out.
     *
     * @throws IllegalArgumentException when the outcome is not one of {@link Outcome} or a date is not a date
     */
    public static Map<String, Object> filters(String reference, String outcome, Long institutionId, String cluster, String decidedFrom,
                                              String decidedUntil, Boolean underObjection) {
        Map<String, Object> filters = new LinkedHashMap<>();
        ApiParameters.putIfGiven(filters, "reference", reference);
        if (outcome != null && !outcome.isBlank()) {
            filters.put("outcome", Outcome.valueOf(outcome.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        ApiParameters.putIfGiven(filters, "institutionId", institutionId);
        ApiParameters.putIfGiven(filters, "cluster", cluster);
        ApiParameters.putIfGiven(filters, "decidedFrom", ApiParameters.date("decidedFrom", decidedFrom));
        ApiParameters.putIfGiven(filters, "decidedUntil", ApiParameters.date("decidedUntil", decidedUntil));
        ApiParameters.putIfGiven(filters, "underObjection", underObjection);
        return filters;
    }


    Optional<AccessDecision> find(long id) {
        AccessDecision decision = em.find(AccessDecision.class, id);
        if (decision == null) {
            return Optional.empty();
        }
        Optional<Long> own = currentUser.institutionId();
        boolean visible = own.isPresent() ? own.get() == decision.getInstitutionId() && RoleGroup.INSTITUTION_STAFF.includes(currentUser)
                : RoleGroup.AUTHORITY_STAFF.includes(currentUser) || currentUser.hasRole(Role.AUDITOR);
        if (!visible) {
            AccessRefusals.record("AccessDecision", id);
            return Optional.empty();
        }
        return Optional.of(decision);
    }

    /** Refuses (403, audited) a caller who is not authority staff. */
    public void requireAuthorityStaff() {
        RoleGroup.AUTHORITY_STAFF.require(currentUser, "Assessment");
    }

    /** The caller's institution, when the caller is its staff; refused (403, audited) otherwise. */
    public long requireInstitutionStaff() {
        RoleGroup.INSTITUTION_STAFF.require(currentUser, "AccessDecision");
        return currentUser.institutionId().orElseThrow(() -> Refusal.forbidden("AccessDecision", null));
    }
}
