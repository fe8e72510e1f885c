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
import nl.kennisveiligheid.platform.entity.UserAccount;

/**
 * API tokens: issued with a role, a name and an expiry; shown once; stored as SHA-256 (a token has 256 bits
 * of randomness, so a fast hash is safe); revocable; last use recorded (at most once a minute). A personal token acts
 * as its person while their account is active and still has the token's role; a system token only while its role is
 * one given to systems.
 */
@ApplicationScoped
public class ApiTokens {

    /** What a valid token stands for: a person ({@code person}, their login name, and their name) or a system. */
    public record TokenIdentity(long id, String name, Role role, Long institutionId, String person, String personName) {

        /** The person's login name for a personal token, {@code token:<id>:<name>} for a system's. */
        public String principal() {
            return person != null ? person : "token:" + id + ":" + name;
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

    /** Issues a system's token (a role given to systems; an institution's role with its institution). */
    @Transactional
    public Issued issue(String name, Role role, Long institutionId, OffsetDateTime expiresAt) {
        return storeForSystem(name, role, institutionId, expiresAt, newToken());
    }

    /** Issues a person's own token, with one of their roles. */
    @Transactional
    public Issued issuePersonal(String name, Role role, String username, OffsetDateTime expiresAt) {
        return storeForPerson(name, role, username, expiresAt, newToken());
    }

    /** Stores a system's token whose value is given (demo tokens documented in the README). */
    @Transactional
    public Issued storeForSystem(String name, Role role, Long institutionId, OffsetDateTime expiresAt, String token) {
        return persist(ApiToken.forSystem(name, hash(token), prefixOf(token), role, institutionId, expiresAt), token);
    }

    /** Stores a person's token whose value is given (demo tokens documented in the README). */
    @Transactional
    public Issued storeForPerson(String name, Role role, String username, OffsetDateTime expiresAt, String token) {
        UserAccount person = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult();
        return persist(ApiToken.forPerson(name, hash(token), prefixOf(token), role, person, expiresAt), token);
    }

    private Issued persist(ApiToken entity, String token) {
        em.persist(entity);
        em.flush();
        return new Issued(entity.getId(), token);
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static String prefixOf(String token) {
        return token.substring(0, Math.min(8, token.length()));
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
                    return t;
                })
                .flatMap(this::identity);
    }

    /**
     * Who a usable token stands for: a personal token's person while their account is active and has the token's role
     * (a person who left, or lost the role, is out with all their tokens at once); a system token while its role is one
     * given to systems.
     */
    private Optional<TokenIdentity> identity(ApiToken token) {
        if (token.getKind() == ApiToken.Kind.SYSTEM) {
            return token.getRole().isForSystems()
                    ? Optional.of(new TokenIdentity(token.getId(), token.getName(), token.getRole(), token.getInstitutionId(), null, null))
                    : Optional.empty();
        }
        UserAccount person = token.getUserId() == null ? null : em.find(UserAccount.class, token.getUserId());
        if (person == null || !person.isActive() || !person.getRoles().contains(token.getRole())) {
            return Optional.empty();
        }
        return Optional.of(new TokenIdentity(token.getId(), token.getName(), token.getRole(), person.getInstitutionId(),
                person.getUsername(), person.getDisplayName()));
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
