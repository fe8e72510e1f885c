package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.IdempotencyKeys;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;

/**
 * Idempotency keys in table {@code platform.idempotency_key}. A claim inserts the key in a transaction of its own
 * ({@code ON CONFLICT DO NOTHING}: a concurrent claim of the same key waits for the first to commit, then finds it),
 * so two calls with one key never both go ahead.
 *
 * <p>A claim is a lease of {@link #LEASE} (real time, not the platform clock, which tests may fix): a call that died
 * with its server leaves its key unfinished, and once the lease ends a retry takes the key over instead of hearing
 * "still under way" until the key expires. Only the lease's holder completes the key, in the creating transaction;
 * a call that outlived its lease is refused there (409), so its transaction rolls back and nothing is made twice.
 */
@ApplicationScoped
public class StoredIdempotencyKeys implements IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(24);
    /** How long a claim holds its key without completing it; far beyond any call's own time. */
    static final Duration LEASE = Duration.ofSeconds(30);
    private static final int WAIT_ROUNDS = 50;
    private static final long WAIT_MILLIS = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformClock clock;

    @Inject
    ClaimTransactions transactions;

    @Inject
    Leases leases;

    /**
     * Claims {@code key} for the current caller under a lease: empty when the caller may go ahead and create (then
     * {@link #complete} or {@link #release}); the id of what an earlier call with the same key and body made otherwise.
     * Waits a few seconds for a call with the same key still under way.
     */
    private Optional<String> claim(String operation, String key, String bodyHash) {
        check(key);
        String caller = currentUser.name();
        String lease = UUID.randomUUID().toString();
        if (transactions.insert(caller, key, operation, bodyHash, now(), lease, leaseEnd())) {
            return held(caller, key, lease);
        }
        for (int round = 0; round < WAIT_ROUNDS; round++) {
            Object[] row = transactions.read(caller, key);
            if (row == null) { // released meanwhile: claim afresh
                if (transactions.insert(caller, key, operation, bodyHash, now(), lease, leaseEnd())) {
                    return held(caller, key, lease);
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
            if (transactions.takeOver(caller, key, lease, realNow(), leaseEnd())) { // its call died with its lease
                return held(caller, key, lease);
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

    /** Records what the claimed call made, in the creating transaction; refused when the lease was lost meanwhile. */
    private void complete(String key, String resourceId) {
        String caller = currentUser.name();
        if (!transactions.complete(caller, key, leases.of(caller, key), resourceId)) {
            throw Refusal.conflict(Messages.PLATFORM_BUNDLE, "problem.detail.idempotency.leaseLost");
        }
    }

    /** Gives a claimed key up after the call failed, so that a corrected retry may use it. */
    private void release(String key) {
        String caller = currentUser.name();
        transactions.release(caller, key, leases.of(caller, key));
    }

    @Override
    public <T> Created<T> once(String operation, String key, String canonicalBody, Supplier<T> create, Function<T, String> idOf,
                               Function<String, T> earlier) {
        if (key == null) {
            return new Created<>(create.get(), true);
        }
        Optional<String> made = claim(operation, key, IdempotencyKeys.hash(canonicalBody));
        if (made.isPresent()) {
            return new Created<>(earlier.apply(made.get()), false);
        }
        try {
            return new Created<>(transactions.createAndComplete(() -> {
                T value = create.get();
                complete(key, idOf.apply(value));
                return value;
            }), true);
        } catch (RuntimeException failed) {
            release(key);
            throw failed;
        }
    }

    private Optional<String> held(String caller, String key, String lease) {
        leases.hold(caller, key, lease);
        return Optional.empty();
    }

    private OffsetDateTime now() {
        return clock.now().atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime realNow() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static OffsetDateTime leaseEnd() {
        return realNow().plus(LEASE);
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

        /** Inserts the key under a lease unless it is there (and fresh); whether it was inserted. Expired keys go first. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean insert(String caller, String key, String operation, String bodyHash, OffsetDateTime now, String lease,
                              OffsetDateTime leaseUntil) {
            em.createNativeQuery("DELETE FROM platform.idempotency_key WHERE created_at < ?1")
                    .setParameter(1, now.minus(KEPT)).executeUpdate();
            return em.createNativeQuery("INSERT INTO platform.idempotency_key (caller, idempotency_key, operation, body_hash, created_at, "
                            + "lease_token, lease_until) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, operation).setParameter(4, bodyHash)
                    .setParameter(5, now).setParameter(6, lease).setParameter(7, leaseUntil).executeUpdate() == 1;
        }

        /** Runs a creation and the completion of its key in one transaction (the creation joins it). */
        @Transactional(Transactional.TxType.REQUIRED)
        public <T> T createAndComplete(Supplier<T> creation) {
            return creation.get();
        }

        /** Takes an unfinished key whose lease ended (its call died) under a new lease; whether it was taken. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean takeOver(String caller, String key, String lease, OffsetDateTime now, OffsetDateTime leaseUntil) {
            return em.createNativeQuery("UPDATE platform.idempotency_key SET lease_token = ?3, lease_until = ?4 "
                            + "WHERE caller = ?1 AND idempotency_key = ?2 AND resource_id IS NULL "
                            + "AND (lease_until IS NULL OR lease_until < ?5)")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, lease).setParameter(4, leaseUntil)
                    .setParameter(5, now).executeUpdate() == 1;
        }

        /** Operation, body hash and resource id of a key, or {@code null}. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Object[] read(String caller, String key) {
            List<?> rows = em.createNativeQuery("SELECT operation, body_hash, resource_id FROM platform.idempotency_key "
                    + "WHERE caller = ?1 AND idempotency_key = ?2").setParameter(1, caller).setParameter(2, key).getResultList();
            return rows.isEmpty() ? null : (Object[]) rows.get(0);
        }

        /** Records what the call made, if the call still holds the key's lease; whether it did. */
        @Transactional(Transactional.TxType.REQUIRED)
        public boolean complete(String caller, String key, String lease, String resourceId) {
            return em.createNativeQuery("UPDATE platform.idempotency_key SET resource_id = ?3, lease_until = NULL "
                            + "WHERE caller = ?1 AND idempotency_key = ?2 AND lease_token = ?4 AND resource_id IS NULL")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, resourceId).setParameter(4, lease)
                    .executeUpdate() == 1;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void release(String caller, String key, String lease) {
            em.createNativeQuery("DELETE FROM platform.idempotency_key WHERE caller = ?1 AND idempotency_key = ?2 AND resource_id IS NULL "
                            + "AND lease_token = ?3").setParameter(1, caller).setParameter(2, key).setParameter(3, lease).executeUpdate();
        }
    }

    /** The leases this request holds, from its claim to its completion (claim and completion are one HTTP request). */
    @RequestScoped
    public static class Leases {

        private final Map<String, String> held = new HashMap<>();

        void hold(String caller, String key, String lease) {
            held.put(caller + "\n" + key, lease);
        }

        /** The lease this request holds on the key; a value no lease has when it holds none (so nothing matches). */
        String of(String caller, String key) {
            return held.getOrDefault(caller + "\n" + key, "-");
        }
    }
}
