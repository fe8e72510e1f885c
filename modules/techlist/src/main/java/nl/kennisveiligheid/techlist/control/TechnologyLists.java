package nl.kennisveiligheid.techlist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.techlist.api.ListVersionSummary;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.techlist.api.TechnologyListSummary;
import nl.kennisveiligheid.techlist.api.VersionStanding;
import nl.kennisveiligheid.techlist.api.VersionStatus;
import nl.kennisveiligheid.techlist.entity.ListEntry;
import nl.kennisveiligheid.techlist.entity.ListVersion;
import nl.kennisveiligheid.techlist.entity.TechnologyList;

/**
 * The read side of the technology lists. Published versions never change, so their content is cached under
 * the version's id; which version is in force on a date is worked out from the (cached) effective dates on
 * every question, so a version taking effect at midnight is served from then on without a restart. Drafts are
 * always read from the database.
 */
@ApplicationScoped
public class TechnologyLists implements TechnologyListCatalog {

    /** A published version's place in time. */
    record Published(long id, int number, LocalDate effectiveDate) {
    }

    @PersistenceContext(unitName = "techlist")
    EntityManager em;

    @Inject
    PlatformClock clock;

    private final Map<Long, VersionContent> contentByVersion = new ConcurrentHashMap<>();
    private final Map<String, List<Published>> publishedByList = new ConcurrentHashMap<>();

    @Override
    public List<TechnologyListSummary> lists() {
        return em.createQuery("select l from TechnologyList l order by l.binding desc, l.code", TechnologyList.class)
                .getResultStream().map(TechnologyList::summary).toList();
    }

    @Override
    public Optional<TechnologyListSummary> list(String listCode) {
        return findList(listCode).map(TechnologyList::summary);
    }

    Optional<TechnologyList> findList(String listCode) {
        return em.createQuery("select l from TechnologyList l where l.code = :code", TechnologyList.class)
                .setParameter("code", listCode).getResultStream().findFirst();
    }

    @Override
    public List<ListVersionSummary> versions(String listCode) {
        List<ListVersion> versions = em.createQuery(
                        "select v from ListVersion v where v.list.code = :code order by v.number desc", ListVersion.class)
                .setParameter("code", listCode).getResultList();
        Map<Long, Long> counts = entryCounts(listCode);
        return versions.stream().map(v -> summary(v, counts.getOrDefault(v.getId(), 0L).intValue())).toList();
    }

    @Override
    public Optional<ListVersionSummary> version(String listCode, int number) {
        // a published version's content is cached anyway; a draft's entries are counted, not loaded
        return findVersion(listCode, number).map(v -> summary(v, v.getStatus() == VersionStatus.DRAFT ? countEntries(v.getId())
                : content(v).entries().size()));
    }

    private int countEntries(long versionId) {
        return em.createQuery("select count(e) from ListEntry e where e.listVersion.id = :id", Long.class)
                .setParameter("id", versionId).getSingleResult().intValue();
    }

    Optional<ListVersion> findVersion(String listCode, int number) {
        return em.createQuery("select v from ListVersion v where v.list.code = :code and v.number = :number", ListVersion.class)
                .setParameter("code", listCode).setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Optional<ListVersionSummary> inForce(String listCode, LocalDate date) {
        return inForceNumber(listCode, date).flatMap(number -> version(listCode, number));
    }

    Optional<Integer> inForceNumber(String listCode, LocalDate date) {
        return published(listCode).stream().filter(p -> !p.effectiveDate().isAfter(date))
                .max(Comparator.comparing(Published::effectiveDate)).map(Published::number);
    }

    @Override
    public List<TechnologyEntry> entries(String listCode, int number) {
        return findVersion(listCode, number).map(v -> content(v).entries()).orElse(List.of());
    }

    @Override
    public Optional<TechnologyEntry> entry(String listCode, int number, String key) {
        return findVersion(listCode, number).flatMap(v -> content(v).entry(key));
    }

    @Override
    public List<TechnologyEntry> search(String listCode, int number, String query, int limit) {
        return findVersion(listCode, number).map(v -> content(v).search(query, limit)).orElse(List.of());
    }

    /** The content of a version: cached when published, read afresh for a draft. */
    VersionContent content(ListVersion version) {
        if (version.getStatus() == VersionStatus.DRAFT) {
            return new VersionContent(load(version.getId()));
        }
        return contentByVersion.computeIfAbsent(version.getId(), id -> new VersionContent(load(id)));
    }

    /** Content of a published version by id, from the cache (for callers that already know the id). */
    VersionContent publishedContent(long versionId) {
        return contentByVersion.computeIfAbsent(versionId, id -> new VersionContent(load(id)));
    }

    private List<TechnologyEntry> load(long versionId) {
        return em.createQuery("select e from ListEntry e where e.listVersion.id = :id", ListEntry.class)
                .setParameter("id", versionId).getResultStream().map(ListEntry::view).toList();
    }

    List<Published> published(String listCode) {
        return publishedByList.computeIfAbsent(listCode, code -> em.createQuery(
                        "select v from ListVersion v where v.list.code = :code and v.status = :status", ListVersion.class)
                .setParameter("code", code).setParameter("status", VersionStatus.PUBLISHED)
                .getResultStream().map(v -> new Published(v.getId(), v.getNumber(), v.getEffectiveDate())).toList());
    }

    /** Forgets the list's effective dates (after a publication); published contents stay valid forever. */
    void forget(String listCode) {
        publishedByList.remove(listCode);
    }

    /** Where a version stands today, from the effective dates and the platform clock. */
    VersionStanding standing(ListVersion version) {
        if (version.getStatus() == VersionStatus.DRAFT) {
            return VersionStanding.DRAFT;
        }
        LocalDate today = clock.today();
        if (version.getEffectiveDate().isAfter(today)) {
            return VersionStanding.PENDING;
        }
        return inForceNumber(version.getList().getCode(), today).filter(n -> n == version.getNumber()).isPresent()
                ? VersionStanding.IN_FORCE : VersionStanding.SUPERSEDED;
    }

    ListVersionSummary summary(ListVersion v, int entryCount) {
        return new ListVersionSummary(v.getId(), v.getList().getCode(), v.getNumber(), v.getStatus(), standing(v),
                v.getBasedOnNumber(), v.getLegalReference(), v.getEffectiveDate(), v.getChangeNote(), v.isProvisional(),
                v.getPublishedAt(), v.getPublishedBy(), v.getApprovalRequestedBy(), entryCount, v.getVersion());
    }

    private Map<Long, Long> entryCounts(String listCode) {
        return em.createQuery("select e.listVersion.id, count(e) from ListEntry e where e.listVersion.list.code = :code "
                        + "group by e.listVersion.id", Object[].class)
                .setParameter("code", listCode).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }
}
