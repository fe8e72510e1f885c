package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.IdempotencyKeys;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;

/**
 * Idempotency keys in table {@code platform.idempotency_key}. A claim inserts the key in a transaction of its own
 * ({@code ON CONFLICT DO NOTHING}: a concurrent claim of the same key waits for the first to commit, then finds it),
 * so two calls with one key never both go ahead.
 */
@ApplicationScoped
public class StoredIdempotencyKeys implements IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(24);
    private static final int WAIT_ROUNDS = 50;
    private static final long WAIT_MILLIS = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    ClaimTransactions transactions;

    @Override
    public Optional<String> claim(String operation, String key, String bodyHash) {
        check(key);
        String caller = currentUser.name();
        if (transactions.insert(caller, key, operation, bodyHash, now())) {
            return Optional.empty();
        }
        for (int round = 0; round < WAIT_ROUNDS; round++) {
            Object[] row = transactions.read(caller, key);
            if (row == null) { // released meanwhile: claim afresh
                if (transactions.insert(caller, key, operation, bodyHash, now())) {
                    return Optional.empty();
                }
                continue;
            }
            if (!operation.equals(row[0]) || !bodyHash.equals(row[1])) {
                throw new Refusal(Refusal.Kind.UNPROCESSABLE, Messages.PLATFORM_BUNDLE, "problem.detail.idempotency.otherBody",
                        List.of(new Refusal.FieldProblem(HEADER, "problem.field.idempotency.otherBody")));
            }
            if (row[2] != null) {
                return Optional.of((String) row[2]);
            }
            try {
                Thread.sleep(WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw Refusal.conflict(Messages.PLATFORM_BUNDLE, "problem.detail.idempotency.underWay");
    }

    @Override
    public void complete(String operation, String key, String resourceId) {
        transactions.complete(currentUser.name(), key, resourceId);
    }

    @Override
    public void release(String operation, String key) {
        transactions.release(currentUser.name(), key);
    }

    private OffsetDateTime now() {
        return clock.now().atOffset(ZoneOffset.UTC);
    }

    private static void check(String key) {
        boolean printable = key != null && !key.isEmpty() && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (!printable || key.length() > MAX_LENGTH) {
            throw Refusal.invalid(Messages.PLATFORM_BUNDLE, "problem.detail.400", HEADER, "problem.field.idempotency.key", MAX_LENGTH);
        }
    }

    /** The statements, each in the transaction it needs. */
    @ApplicationScoped
    public static class ClaimTransactions {

        @PersistenceContext(unitName = "platform")
        EntityManager em;

        @Inject
        PlatformClock clock;

        /** Inserts the key unless it is there (and fresh); whether it was inserted. Expired keys go first. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean insert(String caller, String key, String operation, String bodyHash, OffsetDateTime now) {
            em.createNativeQuery("DELETE FROM platform.idempotency_key WHERE created_at < ?1")
                    .setParameter(1, now.minus(KEPT)).executeUpdate();
            return em.createNativeQuery("INSERT INTO platform.idempotency_key (caller, idempotency_key, operation, body_hash, created_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, operation).setParameter(4, bodyHash)
                    .setParameter(5, now).executeUpdate() == 1;
        }

        /** Operation, body hash and resource id of a key, or {@code null}. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Object[] read(String caller, String key) {
            List<?> rows = em.createNativeQuery("SELECT operation, body_hash, resource_id FROM platform.idempotency_key "
                    + "WHERE caller = ?1 AND idempotency_key = ?2").setParameter(1, caller).setParameter(2, key).getResultList();
            return rows.isEmpty() ? null : (Object[]) rows.get(0);
        }

        @Transactional(Transactional.TxType.REQUIRED)
        public void complete(String caller, String key, String resourceId) {
            em.createNativeQuery("UPDATE platform.idempotency_key SET resource_id = ?3 WHERE caller = ?1 AND idempotency_key = ?2")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, resourceId).executeUpdate();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void release(String caller, String key) {
            em.createNativeQuery("DELETE FROM platform.idempotency_key WHERE caller = ?1 AND idempotency_key = ?2 AND resource_id IS NULL")
                    .setParameter(1, caller).setParameter(2, key).executeUpdate();
        }
    }
}
