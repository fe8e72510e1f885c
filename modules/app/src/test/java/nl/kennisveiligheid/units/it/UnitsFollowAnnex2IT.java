package nl.kennisveiligheid.units.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kennisveiligheid.app.it.FixedClockExtension;
import nl.kennisveiligheid.app.it.InContainerRestClient;
import nl.kennisveiligheid.platform.control.ConfigurableClock;
import nl.kennisveiligheid.techlist.api.EntryChange;
import nl.kennisveiligheid.techlist.api.ListVersionPublished;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.units.UnitFixtures;
import nl.kennisveiligheid.units.control.ListChangeFollower;
import nl.kennisveiligheid.units.entity.HighRiskUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Units follow Annex 2: a published version that takes effect later is only recorded; on its date, a unit whose
 * entries did not change moves along (a new version by the system), a unit using a changed entry is marked
 * "review needed" with the change. The publication is simulated by firing the published event in a
 * transaction, with a far-future date and an unused version number, so the real Annex 2 stays as it is.
 */
@ExtendWith({ArquillianExtension.class, FixedClockExtension.class})
class UnitsFollowAnnex2IT {

    private static final String OFFICER = "demo-token-institution-officer";

    @ArquillianResource
    URL base;

    @Inject
    Event<ListVersionPublished> published;

    @Inject
    ListChangeFollower follower;

    @Inject
    ConfigurableClock clock;

    @Inject
    TechnologyListCatalog catalog;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "units")
    EntityManager em;

    @Test
    void unchangedUnitsMoveAlongAndAffectedOnesNeedReviewOnTheEffectiveDate() throws Exception {
        InContainerRestClient api = new InContainerRestClient(base);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long quantumLab = unit(api, "Kwantumlab " + suffix, "annex2-quantum");
        long radarLab = unit(api, "Radarlab " + suffix, "annex2-radar");

        int inForce = catalog.inForce(TechnologyListCatalog.ANNEX2, clock.today()).orElseThrow().number();
        TechnologyEntry before = catalog.entry(TechnologyListCatalog.ANNEX2, inForce, "annex2-quantum").orElseThrow();
        TechnologyEntry after = retitled(before, " (herzien)", "");
        int fakeVersion = 900 + (int) (System.nanoTime() % 90);
        transaction.begin();
        published.fire(new ListVersionPublished(TechnologyListCatalog.ANNEX2, true, -1, fakeVersion, LocalDate.of(2099, 1, 1), inForce,
                List.of(new EntryChange(EntryChange.Kind.CHANGED, before.key(), before, after, Set.of("titleNl")))));
        transaction.commit();

        assertEquals(1, version(quantumLab), "not yet: the version takes effect in 2099");
        assertFalse(unitRow(quantumLab).isReviewNeeded());

        clock.fix(Instant.parse("2099-01-01T00:05:00Z"));
        // other versions recorded by earlier tests (a real Annex 2 publication with a later date) may apply first
        assertTrue(follower.applyDue() >= 1);
        HighRiskUnit quantum = unitRow(quantumLab);
        assertTrue(quantum.isReviewNeeded(), "uses the changed entry");
        assertEquals("ANNEX2 v" + fakeVersion + "\nCHANGED 3 (titleNl)", quantum.getReviewNote());
        assertTrue(((Number) current(quantumLab)[2]).intValue() < fakeVersion, "it stays on the old version while it waits for review");

        HighRiskUnit radar = unitRow(radarLab);
        assertFalse(radar.isReviewNeeded());
        Object[] carried = current(radarLab);
        assertEquals(ListChangeFollower.SYSTEM, carried[0], "moved along by itself");
        assertEquals(Boolean.TRUE, carried[1]);
        assertEquals(fakeVersion, ((Number) carried[2]).intValue());
        assertEquals(0, follower.applyDue(), "applied once");

        // a later version that does not touch its entries: a unit waiting for review is not carried along
        TechnologyEntry radarEntry = catalog.entry(TechnologyListCatalog.ANNEX2, inForce, "annex2-radar").orElseThrow();
        TechnologyEntry radarAfter = retitled(radarEntry, "", " (revised)");
        transaction.begin();
        published.fire(new ListVersionPublished(TechnologyListCatalog.ANNEX2, true, -1, fakeVersion + 1, LocalDate.of(2099, 1, 2), fakeVersion,
                List.of(new EntryChange(EntryChange.Kind.CHANGED, radarEntry.key(), radarEntry, radarAfter, Set.of("titleEn")))));
        transaction.commit();
        clock.fix(Instant.parse("2099-01-02T00:05:00Z"));
        assertTrue(follower.applyDue() >= 1);
        HighRiskUnit waiting = unitRow(quantumLab);
        assertEquals(1, waiting.getCurrentVersion(), "not carried while it waits for review");
        assertEquals("ANNEX2 v" + fakeVersion + "\nCHANGED 3 (titleNl)", waiting.getReviewNote(), "its note is still the change to look at");
        assertTrue(unitRow(radarLab).isReviewNeeded(), "the radar lab's own entry changed now");

        // the institution sees why, in its language, and confirms the unit still applies
        clock.fix(null);
        String review = api.call("GET", "/api/v1/units/" + quantumLab + "/review", OFFICER, null, null).body();
        assertTrue(review.contains("\"listVersion\":" + fakeVersion) && review.contains("\"kind\":\"CHANGED\"")
                && review.contains("\"fields\":[\"titleNl\"]"), review);
        String summary = api.call("GET", "/api/v1/units/" + quantumLab + "/summary", OFFICER, null, null).body();
        var confirmed = api.call("POST", "/api/v1/units/" + quantumLab + "/review-confirmation", OFFICER, null,
                "{\"version\":" + InContainerRestClient.first(summary, "\"version\":(\\d+)") + ",\"note\":\"Werkt nog steeds zo\"}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("\"reviewNeeded\":false") && confirmed.body().contains("\"currentVersion\":2"), confirmed.body());
        Object[] afterConfirm = current(quantumLab);
        assertFalse(ListChangeFollower.SYSTEM.equals(afterConfirm[0]), "a version by the confirming user, not the system");
        assertEquals(Boolean.FALSE, afterConfirm[1]);
        assertEquals(inForce, ((Number) afterConfirm[2]).intValue(), "its entries now follow the version in force");
        assertEquals(404, api.call("GET", "/api/v1/units/" + quantumLab + "/review", OFFICER, null, null).statusCode(), "no review left");
        assertEquals(409, api.call("POST", "/api/v1/units/" + quantumLab + "/review-confirmation", OFFICER, null,
                "{\"version\":" + InContainerRestClient.first(confirmed.body(), "\"version\":(\\d+)") + "}").statusCode(),
                "nothing to confirm twice");
    }

    @Test
    void aUnitWhoseEntryWasRemovedCannotBeConfirmedOnlyEdited() throws Exception {
        InContainerRestClient api = new InContainerRestClient(base);
        long lab = unit(api, "Cryolab " + UUID.randomUUID().toString().substring(0, 6), "annex2-radar");
        int inForce = catalog.inForce(TechnologyListCatalog.ANNEX2, clock.today()).orElseThrow().number();
        TechnologyEntry radar = catalog.entry(TechnologyListCatalog.ANNEX2, inForce, "annex2-radar").orElseThrow();
        int fakeVersion = 800 + (int) (System.nanoTime() % 90);
        transaction.begin();
        published.fire(new ListVersionPublished(TechnologyListCatalog.ANNEX2, true, -1, fakeVersion, LocalDate.of(2098, 6, 1), inForce,
                List.of(new EntryChange(EntryChange.Kind.REMOVED, radar.key(), radar, null, Set.of()))));
        transaction.commit();
        clock.fix(Instant.parse("2098-06-01T08:00:00Z"));
        assertTrue(follower.applyDue() >= 1);
        clock.fix(null);
        assertTrue(unitRow(lab).isReviewNeeded());
        String review = api.call("GET", "/api/v1/units/" + lab + "/review", OFFICER, null, null).body();
        assertTrue(review.contains("\"kind\":\"REMOVED\"") && review.contains("\"code\":\"" + radar.code() + "\""), review);

        // in this test the entry still exists in the real Annex 2, so confirming succeeds: the refusal is shown with
        // an entry that is truly gone, by removing it from the unit's own record first
        em.clear();
        transaction.begin();
        em.createNativeQuery("update units.unit_version_entry set entry_key = 'annex2-gone' where unit_version_id in "
                + "(select id from units.unit_version where unit_id = ?)").setParameter(1, lab).executeUpdate();
        transaction.commit();
        String summary = api.call("GET", "/api/v1/units/" + lab + "/summary", OFFICER, null, null).body();
        var refused = api.call("POST", "/api/v1/units/" + lab + "/review-confirmation", OFFICER, null,
                "{\"version\":" + InContainerRestClient.first(summary, "\"version\":(\\d+)") + "}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"entries[0]\""), "names the entry to change: " + refused.body());
        assertTrue(unitRow(lab).isReviewNeeded(), "still to review");
    }

    @Test
    void aUnitThatFailsIsRecordedAndSkippedAndTheNextRunTriesItAgain() throws Exception {
        InContainerRestClient api = new InContainerRestClient(base);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long blocked = unit(api, "Blokkadelab " + suffix, "annex2-radar");
        long free = unit(api, "Vrijlab " + suffix, "annex2-radar");
        int inForce = catalog.inForce(TechnologyListCatalog.ANNEX2, clock.today()).orElseThrow().number();
        TechnologyEntry quantum = catalog.entry(TechnologyListCatalog.ANNEX2, inForce, "annex2-quantum").orElseThrow();
        TechnologyEntry quantumAfter = retitled(quantum, "", " (r)");
        int fakeVersion = 600 + (int) (System.nanoTime() % 90);

        // a version row in the way: moving along would give the blocked unit version 2, which is taken
        long blocker = 900_000_000L + (System.nanoTime() % 1_000_000);
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("insert into units.unit_version (id, unit_id, number, recorded_at, recorded_by, by_system, status, name, kind, "
                        + "list_code, list_version, created_at, created_by, updated_at, updated_by, version) select ?, unit_id, 2, recorded_at, 'test', "
                        + "false, status, name, kind, list_code, list_version, created_at, created_by, updated_at, updated_by, 0 "
                        + "from units.unit_version where unit_id = ? and number = 1")
                .setParameter(1, blocker).setParameter(2, blocked).executeUpdate();
        published.fire(new ListVersionPublished(TechnologyListCatalog.ANNEX2, true, -1, fakeVersion, LocalDate.of(2097, 3, 1), inForce,
                List.of(new EntryChange(EntryChange.Kind.CHANGED, quantum.key(), quantum, quantumAfter, Set.of("titleEn")))));
        transaction.commit();

        clock.fix(Instant.parse("2097-03-01T08:00:00Z"));
        follower.applyDue();
        em.clear();
        assertEquals(fakeVersion, ((Number) current(free)[2]).intValue(), "the other unit followed");
        assertEquals(1, version(blocked), "the blocked unit did not");
        assertEquals(1, failures(blocked), "its failure is recorded");
        assertEquals(null, appliedAt(fakeVersion), "the change stays due while a unit failed");

        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("delete from units.unit_version where id = ?").setParameter(1, blocker).executeUpdate();
        transaction.commit();
        assertTrue(follower.applyDue() >= 1, "the next run tries the unit again and completes the change");
        em.clear();
        assertEquals(2, version(blocked));
        assertEquals(fakeVersion, ((Number) current(blocked)[2]).intValue());
        assertEquals(0, failures(blocked));
        assertTrue(appliedAt(fakeVersion) != null, "done");
    }

    private long failures(long unitId) {
        return ((Number) em.createNativeQuery("select count(*) from units.list_change_failure where unit_id = ?").setParameter(1, unitId)
                .getSingleResult()).longValue();
    }

    private Object appliedAt(int versionNumber) {
        return em.createNativeQuery("select applied_at from units.list_change where list_code = 'ANNEX2' and version_number = ?")
                .setParameter(1, versionNumber).getSingleResult();
    }

    /** The entry as a new Annex 2 version would have it: its titles with something added. */
    private static TechnologyEntry retitled(TechnologyEntry entry, String addedNl, String addedEn) {
        return new TechnologyEntry(entry.key(), entry.code(), null, entry.titleNl() + addedNl, entry.titleEn() + addedEn,
                entry.descriptionNl(), entry.descriptionEn(), List.of(), false);
    }

    private long unit(InContainerRestClient api, String name, String entryKey) throws Exception {
        return UnitFixtures.unit(name).complete().entry(entryKey, "Onderzoek").registered(api::send).id();
    }

    /** recorded_by, by_system and list_version of the unit's newest version. */
    private Object[] current(long id) {
        return (Object[]) em.createNativeQuery("select v.recorded_by, v.by_system, v.list_version from units.unit_version v "
                + "join units.high_risk_unit u on u.id = v.unit_id and u.current_version = v.number where u.id = ?")
                .setParameter(1, id).getSingleResult();
    }

    private HighRiskUnit unitRow(long id) {
        em.clear();
        return em.find(HighRiskUnit.class, id);
    }

    private int version(long id) {
        return unitRow(id).getCurrentVersion();
    }
}
