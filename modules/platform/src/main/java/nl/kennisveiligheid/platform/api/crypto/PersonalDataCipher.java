package nl.kennisveiligheid.platform.api.crypto;

/**
 * Encrypts the personal data that must be unreadable at rest (an identity document's number): AES-256-GCM, a fresh
 * nonce per value, the key kept outside the database (setting {@code PERSONAL_DATA_KEY}, required in production, as the
 * audit key is) and named by its id, stored with the value so that a new key can be introduced while old values stay
 * readable. Never log, audit or put in a URL what this returns decrypted.
 */
public interface PersonalDataCipher {

    /**
     * An encrypted value as stored.
     *
     * @param keyId  the id of the key it was encrypted with
     * @param sealed base64 of nonce and ciphertext with its tag
     */
    record Sealed(String keyId, String sealed) {
    }

    /** Encrypts {@code plain} (not {@code null}) with the current key. */
    Sealed seal(String plain);

    /**
     * Decrypts a stored value.
     *
     * @throws IllegalStateException when the key is not known or the value was tampered with
     */
    String open(Sealed sealed);
}
