package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.RoleGroup;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.EditionDifference;
import nl.kennisveiligheid.signals.api.EditionView;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.api.DesignationChange;
import nl.kennisveiligheid.signals.entity.EditionFile;
import nl.kennisveiligheid.signals.entity.SanctionsEdition;
import nl.kennisveiligheid.signals.entity.StoredDesignation;

/**
 * Reading the sanctions lists: the editions of each source, the one in force, an edition's designations and file,
 * and the difference between two editions. For list administrators and authority staff only.
 */
@ApplicationScoped
public class SanctionsLists {

    @PersistenceContext(unitName = "signals")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** Whether the caller may read the lists: list administrators and authority staff. */
    public boolean mayRead() {
        return currentUser.hasRole(Role.LIST_ADMIN) || RoleGroup.AUTHORITY_STAFF.includes(currentUser);
    }

    void requireReader() {
        if (!mayRead()) {
            throw Refusal.forbidden("SanctionsList", null);
        }
    }

    /** The edition in force of every source that has one, in the sources' order. */
    public List<EditionView> inForce() {
        requireReader();
        List<EditionView> out = new ArrayList<>(em.createQuery("select e from SanctionsEdition e where e.inForce = 1", SanctionsEdition.class)
                .getResultList().stream().map(SanctionsEdition::view).toList());
        out.sort(java.util.Comparator.comparing(EditionView::source));
        return out;
    }

    /** The editions of a source, newest first. */
    public List<EditionView> editions(SanctionsSource source) {
        requireReader();
        return em.createQuery("select e from SanctionsEdition e where e.source = :source order by e.id desc", SanctionsEdition.class)
                .setParameter("source", source).getResultList().stream().map(SanctionsEdition::view).toList();
    }

    /** One edition of a source. */
    public EditionView edition(SanctionsSource source, long id) {
        requireReader();
        return find(source, id).view();
    }

    /** The edition in force of a source, if any (no role check: for the services of this module). */
    Optional<SanctionsEdition> inForceOf(SanctionsSource source) {
        return em.createQuery("select e from SanctionsEdition e where e.source = :source and e.inForce = 1", SanctionsEdition.class)
                .setParameter("source", source).getResultStream().findFirst();
    }

    /** The designations of an edition (no role check: for the services of this module). */
    List<Designation> designationsOf(long editionId) {
        return em.createQuery("select d from StoredDesignation d where d.editionId = :id order by d.id", StoredDesignation.class)
                .setParameter("id", editionId).getResultList().stream().map(StoredDesignation::designation).toList();
    }

    /** The file of an edition as received. */
    public byte[] file(SanctionsSource source, long id) {
        requireReader();
        find(source, id);
        EditionFile file = em.find(EditionFile.class, id);
        return file == null ? new byte[0] : file.getContent();
    }

    /** The difference from the edition before {@code id} of the same source (or from {@code againstId}) to {@code id}. */
    public EditionDifference difference(SanctionsSource source, long id, Long againstId) {
        requireReader();
        SanctionsEdition edition = find(source, id);
        Long from = againstId;
        if (from == null) {
            from = em.createQuery("select max(e.id) from SanctionsEdition e where e.source = :source and e.id < :id", Long.class)
                    .setParameter("source", source).setParameter("id", id).getSingleResult();
        } else {
            find(source, from);
        }
        List<Designation> before = from == null ? List.of() : designationsOf(from);
        return difference(source, from, edition.getId(), before, designationsOf(id));
    }

    static EditionDifference difference(SanctionsSource source, Long from, Long to, List<Designation> before, List<Designation> after) {
        List<DesignationChange> changes = EditionComparison.compare(before, after);
        return new EditionDifference(source, from, to, count(changes, DesignationChange.Kind.ADDED), count(changes, DesignationChange.Kind.REMOVED),
                count(changes, DesignationChange.Kind.CHANGED), changes);
    }

    private static int count(List<DesignationChange> changes, DesignationChange.Kind kind) {
        return (int) changes.stream().filter(c -> c.change() == kind).count();
    }

    private SanctionsEdition find(SanctionsSource source, long id) {
        SanctionsEdition edition = em.find(SanctionsEdition.class, id);
        if (edition == null || edition.getSource() != source) {
            throw Refusal.notFound(SignalsModule.BUNDLE, "error.edition.notFound", id);
        }
        return edition;
    }
}
