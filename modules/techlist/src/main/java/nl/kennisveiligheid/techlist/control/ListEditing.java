package nl.kennisveiligheid.techlist.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.ConcurrentChangeException;
import nl.kennisveiligheid.platform.api.FourEyes;
import nl.kennisveiligheid.platform.api.HumanStep;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Refusal.Kind;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.techlist.api.EntryChange;
import nl.kennisveiligheid.techlist.api.ListVersionPublished;
import nl.kennisveiligheid.techlist.api.ListVersionSummary;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.techlist.api.TechnologyListSummary;
import nl.kennisveiligheid.techlist.api.VersionStatus;
import nl.kennisveiligheid.techlist.entity.ListEntry;
import nl.kennisveiligheid.techlist.entity.ListVersion;
import nl.kennisveiligheid.techlist.entity.TechnologyList;

/**
 * What list administrators do: draft a new version as a copy of the newest published one, edit its entries,
 * compare, publish (with an optional second administrator's approval) or discard it. Every change is checked
 * against {@link EntryValidation}, refused with a {@link Refusal} naming the reason, and audited. The role
 * is checked here too, whatever screen or endpoint calls.
 */
@ApplicationScoped
public class ListEditing {

    static final int NAME_MAX = 200;
    static final int LEGAL_REFERENCE_MAX = 300;
    static final int CHANGE_NOTE_MAX = 2000;
    /** How far ahead a version may take effect: an amendment is published months, not decades, ahead. */
    static final int EFFECTIVE_YEARS_AHEAD = 5;


    /** What publishing did: published, or (four-eyes) waiting for a second administrator. */
    public enum PublishOutcome { PUBLISHED, AWAITING_APPROVAL }

    @PersistenceContext(unitName = "techlist")
    EntityManager em;

    @Inject
    TechnologyLists lists;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    TechlistSettings settings;

    @Inject
    Event<ListVersionPublished> published;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The draft of a list, if there is one (at most one at a time). */
    public Optional<ListVersionSummary> draft(String listCode) {
        return lists.versions(listCode).stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst();
    }

    /**
     * A new reference list (not binding: Annex 2 is the one binding list), e.g. the EU dual-use categories, to
     * be filled through a draft.
     */
    @Transactional
    public TechnologyListSummary createList(String code, String nameNl, String nameEn) {
        requireListAdministrator();
        String clean = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!clean.matches("[A-Z0-9-]{2,40}")) {
            throw refused(Kind.INVALID, "error.list.code");
        }
        List<Refusal.FieldProblem> problems = new ArrayList<>();
        name(problems, "nameNl", nameNl);
        name(problems, "nameEn", nameEn);
        Refusal.refuseIfAny(TechlistModule.BUNDLE, "error.list.name", problems);
        if (lists.findList(clean).isPresent()) {
            throw refused(Kind.CONFLICT, "error.list.exists", clean);
        }
        TechnologyList list = new TechnologyList(clean, nameNl.trim(), nameEn.trim(), false);
        em.persist(list);
        em.flush();
        audit.record(new AuditEvent("techlist.list.created", "TechnologyList", clean, null, Map.of(),
                Map.of("nameNl", nameNl.trim(), "nameEn", nameEn.trim())));
        return list.summary();
    }

    private static void name(List<Refusal.FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new Refusal.FieldProblem(field, "validation.required"));
        } else {
            TextRules.fieldProblem(field, value, NAME_MAX, false).ifPresent(problems::add);
        }
    }

    /** A new draft: the newest published version copied, numbered after the newest version. */
    @Transactional
    public ListVersionSummary createDraft(String listCode) {
        requireListAdministrator();
        TechnologyList list = lists.findList(listCode).orElseThrow(() -> refused(Kind.NOT_FOUND, "error.list.unknown", listCode));
        List<ListVersionSummary> versions = lists.versions(listCode);
        Optional<ListVersionSummary> existing = versions.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst();
        if (existing.isPresent()) {
            throw refused(Kind.CONFLICT, "error.draft.exists", existing.get().number());
        }
        int number = versions.stream().mapToInt(ListVersionSummary::number).max().orElse(0) + 1;
        Optional<ListVersionSummary> basis = versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED)
                .max(java.util.Comparator.comparing(ListVersionSummary::effectiveDate));
        ListVersion draft = ListVersion.draft(list, number, basis.map(ListVersionSummary::number).orElse(null));
        em.persist(draft);
        int order = 0;
        for (TechnologyEntry entry : basis.map(b -> lists.entries(listCode, b.number())).orElse(List.of())) {
            em.persist(new ListEntry(draft, entry, order++));
        }
        em.flush();
        audit.record(new AuditEvent("techlist.draft.created", "ListVersion", listCode + "/" + number, null, Map.of(),
                Map.of("basedOn", basis.map(b -> (Object) b.number()).orElse("-"))));
        return lists.summary(draft, order);
    }

    /**
     * Adds an entry to the draft ({@code entry.key()} {@code null}) or changes one (also moving it: another
     * parent or code). Refused with the problems of this entry when the draft would break a rule.
     */
    @Transactional
    public TechnologyEntry saveEntry(String listCode, int number, TechnologyEntry entry) {
        requireListAdministrator();
        ListVersion draft = draftVersion(listCode, number);
        boolean added = entry.key() == null || entry.key().isBlank();
        TechnologyEntry candidate = new TechnologyEntry(added ? UUID.randomUUID().toString() : entry.key(), trim(entry.code()),
                blankToNull(entry.parentKey()), trim(entry.titleNl()), trim(entry.titleEn()), blankToNull(trim(entry.descriptionNl())),
                blankToNull(trim(entry.descriptionEn())), entry.references().stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
                entry.retired());
        Map<String, ListEntry> rows = rows(draft);
        ListEntry existing = rows.get(candidate.key());
        if (!added && existing == null) {
            throw refused(Kind.NOT_FOUND, "error.entry.unknown");
        }
        List<TechnologyEntry> after = new ArrayList<>();
        rows.values().forEach(r -> after.add(r.getKey().equals(candidate.key()) ? candidate : r.view()));
        if (added) {
            after.add(candidate);
        }
        List<EntryValidation.Problem> problems = EntryValidation.validate(after).stream()
                .filter(p -> candidate.key().equals(p.key()) || candidate.key().equals(parentOf(after, p.key()))).toList();
        if (!problems.isEmpty()) {
            throw invalidEntries(problems);
        }
        TechnologyEntry before = added ? null : existing.view();
        if (added) {
            em.persist(new ListEntry(draft, candidate, rows.size()));
        } else {
            existing.apply(candidate);
        }
        em.flush();
        audit.record(new AuditEvent(added ? "techlist.entry.added" : "techlist.entry.changed", "TechnologyEntry",
                listCode + "/" + number + "/" + candidate.key(), null, before == null ? Map.of() : values(before), values(candidate)));
        return candidate;
    }

    /** Retires an entry and everything under it in the draft (they stay, marked retired, so old references resolve). */
    @Transactional
    public void retire(String listCode, int number, String key, boolean retired) {
        requireListAdministrator();
        ListVersion draft = draftVersion(listCode, number);
        Map<String, ListEntry> rows = rows(draft);
        ListEntry entry = Optional.ofNullable(rows.get(key)).orElseThrow(() -> refused(Kind.NOT_FOUND, "error.entry.unknown"));
        Set<String> affected = retired ? subtree(rows, key) : Set.of(key);
        if (!retired) {
            TechnologyEntry view = entry.view();
            if (view.parentKey() != null && rows.containsKey(view.parentKey()) && rows.get(view.parentKey()).view().retired()) {
                throw refused(Kind.CONFLICT, "error.entry.parentRetired", rows.get(view.parentKey()).view().code());
            }
        }
        for (String k : affected) {
            TechnologyEntry view = rows.get(k).view();
            rows.get(k).apply(new TechnologyEntry(view.key(), view.code(), view.parentKey(), view.titleNl(), view.titleEn(),
                    view.descriptionNl(), view.descriptionEn(), view.references(), retired));
        }
        audit.record(new AuditEvent(retired ? "techlist.entry.retired" : "techlist.entry.reinstated", "TechnologyEntry",
                listCode + "/" + number + "/" + key, null, Map.of(), Map.of("entries", affected.size())));
    }

    /** Replaces the draft's entries by {@code entries} (an import): valid as a whole, or nothing is written. */
    @Transactional
    public void replaceEntries(String listCode, int number, List<TechnologyEntry> entries) {
        requireListAdministrator();
        ListVersion draft = draftVersion(listCode, number);
        List<EntryValidation.Problem> problems = EntryValidation.validate(entries);
        if (!problems.isEmpty()) {
            throw invalidEntries(problems);
        }
        Map<String, ListEntry> rows = rows(draft);
        Map<String, TechnologyEntry> wanted = new HashMap<>();
        entries.forEach(entry -> wanted.put(entry.key(), entry));
        // a code may move to another key (or two keys swap codes): rows that go, and codes that move, are out of the way
        // of the unique code per version before anything new is written
        rows.values().stream().filter(r -> !wanted.containsKey(r.getKey())).forEach(em::remove);
        int parked = 0;
        for (ListEntry row : rows.values()) {
            TechnologyEntry next = wanted.get(row.getKey());
            if (next != null && !next.code().equals(row.view().code())) {
                TechnologyEntry view = row.view();
                row.apply(new TechnologyEntry(view.key(), "~" + parked++, view.parentKey(), view.titleNl(), view.titleEn(),
                        view.descriptionNl(), view.descriptionEn(), view.references(), view.retired()));
            }
        }
        em.flush();
        int order = rows.size();
        for (TechnologyEntry entry : entries) {
            ListEntry row = rows.get(entry.key());
            if (row != null) {
                row.apply(entry);
            } else {
                em.persist(new ListEntry(draft, entry, order++));
            }
        }
        em.flush();
        audit.record(new AuditEvent("techlist.draft.imported", "ListVersion", listCode + "/" + number, null, Map.of(),
                Map.of("entries", entries.size())));
    }

    /** Throws the draft away, entries and all. */
    @Transactional
    public void discard(String listCode, int number) {
        requireListAdministrator();
        ListVersion draft = draftVersion(listCode, number);
        em.createQuery("delete from ListEntry e where e.listVersion.id = :id").setParameter("id", draft.getId()).executeUpdate();
        em.remove(draft);
        audit.record(AuditEvent.of("techlist.draft.discarded", "ListVersion", listCode + "/" + number, null));
    }

    /**
     * Publishes the draft with its effective date and legal reference, after checking it; fires
     * {@link ListVersionPublished} in this transaction. Under four-eyes, the first call asks for approval and a
     * second list administrator's call publishes.
     */
    @Transactional
    public PublishOutcome publish(String listCode, int number, LocalDate effectiveDate, String legalReference, String changeNote,
                                  long expectedVersion) {
        requireListAdministrator();
        ListVersion draft = draftVersion(listCode, number);
        ConcurrentChangeException.requireVersion(draft, expectedVersion, "ListVersion", listCode + "/" + number);
        List<TechnologyEntry> entries = rows(draft).values().stream().map(ListEntry::view).toList();
        checkPublishable(listCode, entries, effectiveDate, legalReference, changeNote);
        String me = HumanStep.person(currentUser, "ListVersion.publish", listCode + "/" + number);
        if (settings.fourEyes()) {
            if (draft.getApprovalRequestedBy() == null) {
                draft.requestApproval(me, clock.now().atOffset(ZoneOffset.UTC), effectiveDate, legalReference.trim(), trim(changeNote));
                audit.record(new AuditEvent("techlist.publication.requested", "ListVersion", listCode + "/" + number, null, Map.of(),
                        Map.of("effectiveDate", effectiveDate.toString(), "legalReference", legalReference.trim())));
                return PublishOutcome.AWAITING_APPROVAL;
            }
        }
        Optional<TechnologyLists.Published> replaced = lists.published(listCode).stream()
                .max(java.util.Comparator.comparing(TechnologyLists.Published::effectiveDate));
        List<EntryChange> changes = VersionDiff.between(
                replaced.map(r -> lists.publishedContent(r.id()).entries()).orElse(List.of()), entries);
        // the version refuses the person who asked for its publication
        FourEyes.audited("ListVersion.publish", listCode + "/" + number,
                () -> draft.publish(effectiveDate, legalReference.trim(), trim(changeNote), me, clock.now().atOffset(ZoneOffset.UTC)));
        em.flush();
        lists.forget(listCode);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                lists.forget(listCode);
            }
        });
        audit.record(new AuditEvent("techlist.version.published", "ListVersion", listCode + "/" + number, null, Map.of(),
                Map.of("effectiveDate", effectiveDate.toString(), "legalReference", legalReference.trim(),
                        "changes", changes.size(), "approvedBy", settings.fourEyes() ? me : "-")));
        published.fire(new ListVersionPublished(listCode, draft.getList().isBinding(), draft.getId(), number, effectiveDate,
                replaced.map(TechnologyLists.Published::number).orElse(null), changes));
        return PublishOutcome.PUBLISHED;
    }

    private void checkPublishable(String listCode, List<TechnologyEntry> entries, LocalDate effectiveDate, String legalReference,
                                  String changeNote) {
        if (effectiveDate == null) {
            throw refused(Kind.INVALID, "error.publish.effectiveDate.required");
        }
        if (legalReference == null || legalReference.isBlank() || legalReference.length() > LEGAL_REFERENCE_MAX) {
            throw refused(Kind.INVALID, "error.publish.legalReference");
        }
        List<Refusal.FieldProblem> texts = new ArrayList<>();
        TextRules.fieldProblem("legalReference", legalReference, LEGAL_REFERENCE_MAX, false).ifPresent(texts::add);
        TextRules.fieldProblem("changeNote", changeNote, CHANGE_NOTE_MAX, true).ifPresent(texts::add);
        Refusal.refuseIfAny(TechlistModule.BUNDLE, "error.publish.invalid", texts);
        LocalDate today = clock.today();
        if (effectiveDate.isBefore(today)) {
            throw refused(Kind.INVALID, "error.publish.effectiveDate.past", today);
        }
        if (effectiveDate.isAfter(today.plusYears(EFFECTIVE_YEARS_AHEAD))) {
            throw refused(Kind.INVALID, "error.publish.effectiveDate.far", today.plusYears(EFFECTIVE_YEARS_AHEAD));
        }
        List<TechnologyLists.Published> earlier = lists.published(listCode);
        Optional<TechnologyLists.Published> pending = earlier.stream().filter(p -> p.effectiveDate().isAfter(today)).findFirst();
        if (pending.isPresent()) {
            throw refused(Kind.CONFLICT, "error.publish.pendingExists", pending.get().number(), pending.get().effectiveDate());
        }
        Optional<LocalDate> latest = earlier.stream().map(TechnologyLists.Published::effectiveDate).max(LocalDate::compareTo);
        if (latest.isPresent() && !effectiveDate.isAfter(latest.get())) {
            throw refused(Kind.INVALID, "error.publish.effectiveDate.notAfter", latest.get());
        }
        if (entries.stream().noneMatch(e -> !e.retired())) {
            throw refused(Kind.INVALID, "error.publish.empty");
        }
        List<EntryValidation.Problem> problems = EntryValidation.validate(entries);
        if (!problems.isEmpty()) {
            throw invalidEntries(problems);
        }
    }

    ListVersion draftVersion(String listCode, int number) {
        ListVersion version = lists.findVersion(listCode, number).orElseThrow(() -> refused(Kind.NOT_FOUND, "error.version.unknown", listCode, number));
        if (version.getStatus() != VersionStatus.DRAFT) {
            throw refused(Kind.CONFLICT, "error.version.published", number);
        }
        return version;
    }

    private Map<String, ListEntry> rows(ListVersion draft) {
        Map<String, ListEntry> rows = new java.util.LinkedHashMap<>();
        em.createQuery("select e from ListEntry e where e.listVersion.id = :id order by e.sortOrder, e.id", ListEntry.class)
                .setParameter("id", draft.getId()).getResultStream().forEach(e -> rows.put(e.getKey(), e));
        return rows;
    }

    private static Set<String> subtree(Map<String, ListEntry> rows, String root) {
        Map<String, List<String>> children = new HashMap<>();
        rows.values().forEach(r -> {
            String parent = r.view().parentKey();
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r.getKey());
            }
        });
        Set<String> result = new HashSet<>();
        java.util.Deque<String> unvisited = new java.util.ArrayDeque<>(List.of(root));
        while (!unvisited.isEmpty()) {
            String key = unvisited.pop();
            if (result.add(key)) {
                unvisited.addAll(children.getOrDefault(key, List.of()));
            }
        }
        return result;
    }

    private static Refusal refused(Kind kind, String messageKey, Object... arguments) {
        return new Refusal(kind, TechlistModule.BUNDLE, messageKey, List.of(), arguments);
    }

    /** Entries that are not valid: each problem at {@code <code>.<field>}. */
    static Refusal invalidEntries(List<EntryValidation.Problem> problems) {
        return Refusal.invalid(TechlistModule.BUNDLE, "error.entry.invalid", problems.stream()
                .map(p -> new Refusal.FieldProblem(p.code() + "." + p.field(), p.messageKey(), p.arguments())).toList());
    }

    private static String parentOf(List<TechnologyEntry> entries, String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().map(TechnologyEntry::parentKey).orElse(null);
    }

    private void requireListAdministrator() {
        if (!currentUser.hasRole(Role.LIST_ADMIN)) {
            throw Refusal.forbidden("TechnologyList", null);
        }
    }

    private static Map<String, Object> values(TechnologyEntry e) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("code", e.code());
        values.put("parent", e.parentKey() == null ? "-" : e.parentKey());
        values.put("titleNl", e.titleNl());
        values.put("titleEn", e.titleEn());
        values.put("retired", e.retired());
        return values;
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
