package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.entity.ApiToken;

/**
 * API tokens: issued with a role, a name and an expiry; shown once; stored as SHA-256 (a token has 256 bits
 * of randomness, so a fast hash is safe); revocable; last use recorded (at most once a minute).
 */
@ApplicationScoped
public class ApiTokens {

    /** What a valid token stands for. */
    public record TokenIdentity(long id, String name, Role role, Long institutionId) {

        public String principal() {
            return "token:" + id + ":" + name;
        }
    }

    /** A freshly issued token: the only time its value is known. */
    public record Issued(long id, String token) {
    }

    static final String PREFIX = "ksv_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Transactional
    public Issued issue(String name, Role role, Long institutionId, OffsetDateTime expiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return store(name, role, institutionId, expiresAt, PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** Stores a token whose value is given (demo tokens documented in the README). */
    @Transactional
    public Issued store(String name, Role role, Long institutionId, OffsetDateTime expiresAt, String token) {
        if (role.isInstitutional() != (institutionId != null)) {
            throw new IllegalArgumentException("Role " + role + " and institution do not fit together");
        }
        ApiToken entity = new ApiToken(name, hash(token), token.substring(0, Math.min(8, token.length())), role, institutionId, expiresAt);
        em.persist(entity);
        em.flush();
        return new Issued(entity.getId(), token);
    }

    /** The identity of a usable token; records its use. Its own transaction: a GET still records the use. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<TokenIdentity> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash(token)).getResultStream().findFirst()
                .filter(t -> t.isUsableAt(now))
                .map(t -> {
                    if (t.getLastUsedAt() == null || Duration.between(t.getLastUsedAt(), now).toMinutes() >= 1) {
                        // a bulk update, not a change of the entity: concurrent requests with the same token must not
                        // fail each other on its optimistic lock (seen as 500s at 4 concurrent clients)
                        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
                                        + "and (t.lastUsedAt is null or t.lastUsedAt < :now)")
                                .setParameter("now", now).setParameter("id", t.getId()).executeUpdate();
                    }
                    return new TokenIdentity(t.getId(), t.getName(), t.getRole(), t.getInstitutionId());
                });
    }

    @Transactional
    public void revoke(long id, String by) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token != null) {
            token.revoke(clock.now().atOffset(ZoneOffset.UTC), by);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
