package nl.kennisveiligheid.platform.control.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import nl.kennisveiligheid.platform.api.AuditEvent;
import nl.kennisveiligheid.platform.api.AuditTrail;
import nl.kennisveiligheid.platform.api.CorrelationId;
import nl.kennisveiligheid.platform.api.CurrentActor;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.control.RequestActor;
import nl.kennisveiligheid.platform.entity.AuditHead;
import nl.kennisveiligheid.platform.entity.AuditRecord;

/**
 * Appends to the audit chain. Writers lock the head checkpoint row, so records get consecutive positions and
 * the chain never forks; the head moves in the same transaction as the record.
 */
@ApplicationScoped
public class AuditTrailService implements AuditTrail {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    CurrentActor actor;

    @Inject
    AuditKey key;

    @Inject
    AuditTrailService self;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    private static final String HEAD_LOCKED = AuditTrailService.class.getName() + ".headLocked";

    @Override
    @Transactional
    public void record(AuditEvent event) {
        append(event);
    }

    /**
     * In its own transaction. When the caller's transaction already holds the head lock (it recorded before),
     * waiting for the lock would deadlock: then the record is written right after the caller's transaction
     * ends, committed or rolled back, with the request's actor, address and correlation id.
     */
    @Override
    public void recordIndependently(AuditEvent event) {
        if (transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE
                && Boolean.TRUE.equals(transactions.getResource(HEAD_LOCKED))) {
            Context context = new Context(actor.name(), RequestActor.clientAddress(), CorrelationId.current());
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    executor.execute(() -> self.appendInNewTransaction(event, context));
                }
            });
            return;
        }
        self.appendInNewTransaction(event, new Context(actor.name(), RequestActor.clientAddress(), CorrelationId.current()));
    }

    /** For {@link #recordIndependently}: appends in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendInNewTransaction(AuditEvent event, Context context) {
        append(event, context);
    }

    /** Who, from where and under which correlation id, captured when the event happened. */
    public record Context(String actor, String clientAddress, String correlationId) {
    }

    /** Creates the head checkpoint of an empty trail (at start-up); does nothing when there is one. */
    @Transactional
    public void ensureHead() {
        if (em.find(AuditHead.class, AuditHead.SINGLETON) != null) {
            return;
        }
        long records = em.createQuery("select count(r) from AuditRecord r", Long.class).getSingleResult();
        if (records > 0) {
            // never re-create a head over an existing trail: verification reports the missing head
            return;
        }
        em.createNativeQuery("insert into platform.audit_head (id, last_position, last_hash, signature) values (?, 0, ?, ?)")
                .setParameter(1, AuditHead.SINGLETON).setParameter(2, GENESIS)
                .setParameter(3, key.hmac(AuditHead.signedContent(0, GENESIS))).executeUpdate();
    }

    private void append(AuditEvent event) {
        append(event, new Context(actor.name(), RequestActor.clientAddress(), CorrelationId.current()));
    }

    private void append(AuditEvent event, Context context) {
        AuditHead head = em.find(AuditHead.class, AuditHead.SINGLETON, LockModeType.PESSIMISTIC_WRITE);
        transactions.putResource(HEAD_LOCKED, Boolean.TRUE);
        if (head == null) {
            throw new IllegalStateException("The audit trail has no head checkpoint; verify the trail");
        }
        long position = head.getLastPosition() + 1;
        AuditRecord record = new AuditRecord(position, clock.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC), context.actor(), event.action(),
                event.objectType(), event.objectId(), event.institutionId(), json(event.oldValues()), json(event.newValues()),
                context.clientAddress(), context.correlationId(), head.getLastHash());
        record.seal(key.hmac(record.canonicalContent()));
        em.persist(record);
        head.advance(position, record.getHash(), key.hmac(AuditHead.signedContent(position, record.getHash())));
    }

    private static String json(Map<String, Object> values) {
        return values.isEmpty() ? null : JSON.toJson(new TreeMap<>(values));
    }
}
