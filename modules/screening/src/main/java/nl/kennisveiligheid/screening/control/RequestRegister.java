package nl.kennisveiligheid.screening.control;

import nl.kennisveiligheid.platform.api.AccessRefusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.platform.api.calendar.LegalCalendar;
import nl.kennisveiligheid.platform.api.crypto.PersonalDataCipher;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.PageSource;
import nl.kennisveiligheid.platform.api.lazy.TableQuery;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.RequestView;
import nl.kennisveiligheid.screening.api.ScreeningRequests;
import nl.kennisveiligheid.screening.api.Timeline;
import nl.kennisveiligheid.screening.api.TimelineEntry.TimelineKind;
import nl.kennisveiligheid.screening.api.TimelineEntry;
import nl.kennisveiligheid.screening.entity.RequestEntry;
import nl.kennisveiligheid.screening.entity.RequestSuspension;
import nl.kennisveiligheid.screening.entity.ScreeningRequest;
import nl.kennisveiligheid.screening.entity.SupplementRequest;
import nl.kennisveiligheid.screening.entity.TimelineEvent;

/**
 * Reading screening requests: an institution's staff read their own (drafts included), authority staff every request
 * that was submitted. Another institution's request, or a draft for the authority, is "not found" and the attempt
 * audited. Opening a request with the person's data is audited for authority staff. Changes are
 * {@link RequestEditing}'s (institution) and {@link Intake}'s (authority).
 */
@ApplicationScoped
public class RequestRegister implements ScreeningRequests, PageSource<RequestSummary> {

    private static final long serialVersionUID = 1L;

    /** The queue's views ({@code view} filter): what the authority's home page counts link to. */
    public enum QueueView {
        /** Open requests (the default). */
        OPEN,
        /** Open and assigned to nobody. */
        NEW,
        /** Open and past their due date. */
        OVERDUE,
        /** Open and due within 5 working days. */
        DUE_SOON,
        /** Open and assigned to the caller. */
        MINE,
        /** Every request but drafts. */
        ALL
    }

    /** Working days ahead that count as "due soon". */
    public static final int DUE_SOON_WORKING_DAYS = 5;

    @PersistenceContext(unitName = "screening")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClock clock;

    @Inject
    LegalCalendar calendar;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Messages messages;

    // ---- one request

    @Inject
    RequestHistory history;

    @Override
    public List<RequestSummary> open(int max) {
        Optional<Long> own = currentUser.institutionId();
        if (own.isEmpty() && !RoleGroup.AUTHORITY_STAFF.includes(currentUser) || own.isPresent() && !RoleGroup.INSTITUTION_STAFF.includes(currentUser)) {
            return List.of();
        }
        var query = em.createQuery("select r from ScreeningRequest r where r.open = 1" + (own.isPresent() ? " and r.institutionId = :institution" : "")
                + " order by r.submittedOn, r.id", ScreeningRequest.class);
        own.ifPresent(id -> query.setParameter("institution", id));
        return query.setMaxResults(max).getResultList().stream().map(r -> r.summary(own.isPresent())).toList();
    }

    @Override
    @jakarta.transaction.Transactional
    public RequestSummary recordDecision(long id, String decisionReference) {
        requireAuthorityStaff();
        ScreeningRequest request = require(id);
        String before = request.getStatus().name();
        request.decide();
        em.flush();
        history.record(request, TimelineKind.DECIDED, decisionReference, Map.of("status", before), Map.of("status", "DECIDED",
                "decision", decisionReference));
        return request.summary(false);
    }

    @Override
    public long suspendedDays(long id, java.time.LocalDate until) {
        return find(id).filter(r -> r.getSubmittedOn() != null).map(r -> r.termRequest().suspensions().stream()
                .flatMap(s -> s.suspendedDays().stream()).filter(day -> !day.isAfter(until)).distinct().count()).orElse(0L);
    }

    @Override
    public Optional<String> submittedBy(long id) {
        return request(id).flatMap(r -> em.createQuery("select e.actor from TimelineEvent e where e.requestId = :id and e.kind = :submitted "
                        + "order by e.occurredAt desc", String.class)
                .setParameter("id", id).setParameter("submitted", nl.kennisveiligheid.screening.api.TimelineEntry.TimelineKind.SUBMITTED)
                .setMaxResults(1).getResultStream().findFirst());
    }

    @Override
    public Optional<RequestSummary> request(long id) {
        return find(id).map(r -> r.summary(ownInstitution()));
    }

    /** The request with the person's data; the read is audited. */
    @Override
    public Optional<RequestView> details(long id) {
        Optional<ScreeningRequest> found = find(id);
        found.ifPresent(r -> audit.personalDataViewed("ScreeningRequest", id, r.getInstitutionId()));
        return found.map(this::view);
    }

    RequestView view(ScreeningRequest request) {
        PersonalDataCipher.Sealed sealed = request.sealedIdDocument();
        var data = request.data(sealed == null ? null : cipher.open(sealed));
        LocalDate gapsUntil = request.getSubmittedOn() == null ? clock.today() : request.getSubmittedOn();
        return new RequestView(request.summary(true), data, request.getEntries().stream().map(RequestEntry::getEntryCode).toList(),
                request.getListCode(), request.getListVersion(), RequestValidation.gaps(data.affiliations(), gapsUntil),
                request.getSupplements().stream().map(SupplementRequest::view).toList(),
                request.getSuspensions().stream().map(RequestSuspension::view).toList(), request.getExtensionReason());
    }

    /** The request's timeline, oldest first, and its due date with the calculation in the reader's language. */
    public Optional<Timeline> timeline(long id) {
        return find(id).map(r -> {
            List<TimelineEntry> entries = em.createQuery("select e from TimelineEvent e where e.requestId = :id order by e.occurredAt, e.id",
                    TimelineEvent.class).setParameter("id", id).getResultStream().map(e -> e.entry(e.getActor())).toList();
            List<String> calculation = r.getSubmittedOn() == null ? List.of()
                    : calendar.explain(calendar.endOfTerm(r.termRequest()), messages.locale());
            return new Timeline(r.getReference(), r.getDueOn(), calculation, entries);
        });
    }

    // ---- lists

    private boolean ownInstitution() {
        return currentUser.institutionId().isPresent();
    }

    private TableQuery<ScreeningRequest> table(QueueView asked) {
        return table(asked, null);
    }

    /** A reference filter of the form {@code KVS-2019}: the year's requests (a reference carries its year of submission). */
    private static final java.util.regex.Pattern REFERENCE_YEAR = java.util.regex.Pattern.compile("(?i)\\s*KVS-(\\d{4})-?\\s*");

    /**
     * The table; {@code referenceYear} (from a filter {@code KVS-2019}) selects the requests submitted that year through
     * the submission-date indexes instead of looking for the text in every reference.
     */
    private TableQuery<ScreeningRequest> table(QueueView asked, Integer referenceYear) {
        Optional<Long> own = currentUser.institutionId();
        boolean authority = own.isEmpty() && RoleGroup.AUTHORITY_STAFF.includes(currentUser);
        // the authority's queue opens on the open requests; an institution's list on all of its own
        QueueView view = asked == null && authority ? QueueView.OPEN : asked;
        LocalDate today = clock.today();
        LocalDate dueSoon = view == QueueView.DUE_SOON ? workingDaysAfter(today, DUE_SOON_WORKING_DAYS) : null;
        String me = currentUser.name();
        return TableQuery.of(ScreeningRequest.class)
                .text("reference", "reference")
                .text("personReference", "personReference")
                .text("surname", "surname")
                .text("unitName", "unitName")
                .text("cluster", "clusters")
                .exact("status", "status")
                .exact("institutionId", "institutionId")
                .exact("unitId", "unitId")
                .exact("assignee", "assignee")
                .exact("dueOn", "dueOn")
                .exact("submittedOn", "submittedOn")
                .defaultSort(authority ? "dueOn" : "submittedOn", authority)
                .scope((cb, root) -> {
                    List<Predicate> all = new ArrayList<>();
                    if (own.isPresent()) {
                        all.add(cb.equal(root.get("institutionId"), own.get()));
                    } else if (authority) {
                        if (view == null || view == QueueView.ALL) {
                            all.add(cb.notEqual(root.get("status"), RequestStatus.DRAFT));
                        } // every other view holds open requests only, never a draft (and reads the queue's indexes alone)
                    } else {
                        all.add(cb.disjunction());
                    }
                    view(cb, root, view, today, dueSoon, me).ifPresent(all::add);
                    if (referenceYear != null) {
                        all.add(cb.between(root.<LocalDate>get("submittedOn"), LocalDate.of(referenceYear, 1, 1), LocalDate.of(referenceYear, 12, 31)));
                    }
                    return cb.and(all.toArray(Predicate[]::new));
                });
    }

    private static Optional<Predicate> view(CriteriaBuilder cb, Root<ScreeningRequest> root, QueueView view, LocalDate today, LocalDate dueSoon,
                                            String me) {
        if (view == null || view == QueueView.ALL) {
            return Optional.empty();
        }
        Predicate open = cb.equal(root.get("open"), 1); // the open flag leads the queue's indexes (V4)
        return Optional.of(switch (view) {
            case OPEN -> open;
            case NEW -> cb.and(open, cb.isNull(root.get("assignee")));
            case OVERDUE -> cb.and(open, cb.lessThan(root.<LocalDate>get("dueOn"), today));
            case DUE_SOON -> cb.and(open, cb.greaterThanOrEqualTo(root.<LocalDate>get("dueOn"), today),
                    cb.lessThanOrEqualTo(root.<LocalDate>get("dueOn"), dueSoon));
            case MINE -> cb.and(open, cb.equal(root.get("assignee"), me));
            case ALL -> cb.conjunction();
        });
    }

    /** The last day that counts as "due soon": {@value #DUE_SOON_WORKING_DAYS} working days from today. */
    public LocalDate dueSoonLimit() {
        return workingDaysAfter(clock.today(), DUE_SOON_WORKING_DAYS);
    }

    /** The day {@code days} working days after {@code day} (weekends, holidays and equated days skipped). */
    LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate result = day;
        for (int counted = 0; counted < days; ) {
            result = result.plusDays(1);
            if (calendar.isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    @Override
    public long count(Map<String, Object> filters) {
        return table(viewOf(filters), referenceYear(filters)).count(em, columns(filters));
    }

    @Override
    public List<RequestSummary> load(PageRequest request) {
        boolean names = ownInstitution();
        return table(viewOf(request.filters()), referenceYear(request.filters())).load(em, new PageRequest(request.first(), request.pageSize(), request.sorts(),
                columns(request.filters()))).stream().map(r -> r.summary(names)).toList();
    }

    /** How many requests a queue view holds for the caller. */
    public long count(QueueView view) {
        return table(view).count(em, Map.of());
    }

    private static QueueView viewOf(Map<String, Object> filters) {
        Object view = filters == null ? null : filters.get("view");
        if (view instanceof QueueView v) {
            return v;
        }
        if (view instanceof String s && !s.isBlank()) {
            return QueueView.valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
        return null;
    }

    private static Integer referenceYear(Map<String, Object> filters) {
        if (filters != null && filters.get("reference") instanceof String reference) {
            java.util.regex.Matcher year = REFERENCE_YEAR.matcher(reference);
            if (year.matches()) {
                return Integer.valueOf(year.group(1));
            }
        }
        return null;
    }

    /** The filters on columns (the view taken out; a cluster {@code 3} must not match {@code 13}; a reference year is a range). */
    private static Map<String, Object> columns(Map<String, Object> filters) {
        Map<String, Object> copy = new LinkedHashMap<>(filters == null ? Map.of() : filters);
        copy.remove("view");
        if (referenceYear(filters) != null) {
            copy.remove("reference");
        }
        if (copy.get("cluster") instanceof String cluster && !cluster.isBlank()) {
            copy.put("cluster", "," + cluster.trim() + ",");
        }
        return copy;
    }

    /**
     * The list's filters from request parameters: blank ones left out, the status and view by name in any case.
     *
     * @throws IllegalArgumentException naming the parameter when a status or view is not known
     */
    public static Map<String, Object> filters(String view, String status, String reference, Long institutionId, Long unitId, String cluster,
                                              String assignee) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (view != null && !view.isBlank()) {
            try {
                filters.put("view", QueueView.valueOf(view.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("view");
            }
        }
        if (status != null && !status.isBlank()) {
            try {
                filters.put("status", RequestStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status");
            }
        }
        ApiParameters.putIfGiven(filters, "reference", reference);
        ApiParameters.putIfGiven(filters, "institutionId", institutionId);
        ApiParameters.putIfGiven(filters, "unitId", unitId);
        ApiParameters.putIfGiven(filters, "cluster", cluster);
        ApiParameters.putIfGiven(filters, "assignee", assignee);
        return filters;
    }

    @Override
    public List<RequestSummary> unfinishedForUnit(long unitId) {
        Optional<Long> own = currentUser.institutionId();
        boolean names = own.isPresent();
        var query = em.createQuery("select r from ScreeningRequest r where r.unitId = :unit and r.status in :statuses "
                        + (own.isPresent() ? "and r.institutionId = :own " : "") + "order by r.id", ScreeningRequest.class)
                .setParameter("unit", unitId)
                .setParameter("statuses", List.of(RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.AWAITING_SUPPLEMENT));
        own.ifPresent(id -> query.setParameter("own", id));
        return query.getResultStream().map(r -> r.summary(names)).toList();
    }

    // ---- scoping

    /**
     * The request, when the caller may see it: an institution's own, or (authority staff) any submitted one. Anything
     * else is "not found", and the attempt audited.
     */
    Optional<ScreeningRequest> find(long id) {
        ScreeningRequest request = em.find(ScreeningRequest.class, id);
        if (request == null) {
            return Optional.empty();
        }
        Optional<Long> own = currentUser.institutionId();
        boolean visible = own.isPresent() ? own.get().equals(request.getInstitutionId()) && RoleGroup.INSTITUTION_STAFF.includes(currentUser)
                : RoleGroup.AUTHORITY_STAFF.includes(currentUser) && request.getStatus() != RequestStatus.DRAFT;
        if (!visible) {
            AccessRefusals.record("ScreeningRequest", id);
            return Optional.empty();
        }
        return Optional.of(request);
    }

    /** The request the caller may see, or a refusal as not found. */
    ScreeningRequest require(long id) {
        return find(id).orElseThrow(() -> Refusal.notFound(ScreeningModule.BUNDLE, "error.notFound"));
    }

    /** The caller's institution, when the caller is its staff; refused (403, audited) otherwise. */
    long requireInstitutionStaff() {
        RoleGroup.INSTITUTION_STAFF.require(currentUser, "ScreeningRequest");
        return currentUser.institutionId().orElseThrow(() -> Refusal.forbidden("ScreeningRequest", null));
    }

    /** Refused (403, audited) unless the caller is authority staff. */
    void requireAuthorityStaff() {
        RoleGroup.AUTHORITY_STAFF.require(currentUser, "ScreeningRequest");
    }
}
