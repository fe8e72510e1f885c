package nl.kennisveiligheid.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotent creation over REST (header {@code Idempotency-Key}): a caller's key is kept for 24 hours with a hash of
 * the body it came with and the object it made. A retry with the same key and body gets the object of the first
 * call, even when both arrive at once; the same key with another body is refused (422). Use:
 * <pre>
 * Optional&lt;String&gt; earlier = keys.claim("screening-request.create", key, IdempotencyKeys.hash(body));
 * if (earlier.isPresent()) return the object earlier.get();
 * try { create; keys.complete(operation, key, id) in the creating transaction; }
 * catch (RuntimeException e) { keys.release(operation, key); throw e; }
 * </pre>
 */
public interface IdempotencyKeys {

    /** The header that carries the key. */
    String HEADER = "Idempotency-Key";

    /** At most this many characters, printable ASCII. */
    int MAX_LENGTH = 200;

    /**
     * Claims {@code key} for the current caller: empty when the caller may go ahead and create (then
     * {@link #complete} or {@link #release}); the id of what an earlier call with the same key and body made otherwise.
     * Waits a few seconds for a call with the same key still under way.
     *
     * @throws Refusal 400 for a key that is too long or not printable ASCII, 422 for the same key with another body or
     *                 operation, 409 when the earlier call is still under way after the wait
     */
    Optional<String> claim(String operation, String key, String bodyHash);

    /** Records what the claimed call made, in the caller's transaction (so it commits with the object). */
    void complete(String operation, String key, String resourceId);

    /** Gives a claimed key up after the call failed, so that a corrected retry may use it. */
    void release(String operation, String key);

    /** SHA-256 (hex) of a body's canonical text. */
    static String hash(String canonicalBody) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
