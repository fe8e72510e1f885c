package nl.kennisveiligheid.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Idempotent creation over REST (header {@code Idempotency-Key}): a caller's key is kept for 24 hours with a hash of
 * the body it came with and the object it made. A retry with the same key and body gets the object of the first
 * call, even when both arrive at once; the same key with another body is refused (422). Use {@link #once}:
 * <pre>
 * Created&lt;ObjectionView&gt; made = keys.once("objection.file", key, decisionId + ":" + body,
 *         () -&gt; objections.file(…), view -&gt; String.valueOf(view.id()), id -&gt; objections.objection(Long.parseLong(id)).orElseThrow());
 * return Response.status(made.isNew() ? 201 : 200).entity(made.value()).build();
 * </pre>
 */
public interface IdempotencyKeys {

    /** The header that carries the key. */
    String HEADER = "Idempotency-Key";

    /** At most this many characters, printable ASCII. */
    int MAX_LENGTH = 200;

    /** What {@link #once} made now ({@code isNew}) or an earlier call with the same key made. */
    record Created<T>(T value, boolean isNew) {
    }

    /**
     * Creates once per key: without a key (null) simply {@code create}; with one, the object an earlier call with the
     * same key and body made ({@code earlier}, given its id), or {@code create} now, in a transaction in which the key is
     * completed with the new object's id ({@code idOf}), so that the object and its key commit together or not at all.
     *
     * @throws Refusal 400 for a key that is too long or not printable ASCII, 422 for the same key with another body or
     *                 operation, 409 when an earlier call with the key is still under way after a few seconds' wait
     */
    <T> Created<T> once(String operation, String key, String canonicalBody, Supplier<T> create, Function<T, String> idOf,
                        Function<String, T> earlier);

    /** SHA-256 (hex) of a body's canonical text. */
    static String hash(String canonicalBody) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
