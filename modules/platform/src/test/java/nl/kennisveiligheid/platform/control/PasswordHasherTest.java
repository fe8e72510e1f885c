package nl.kennisveiligheid.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashIsSaltedPbkdf2WithOwaspIterationsAndVerifies() {
        String hash = PasswordHasher.hash("correct horse battery".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha512$210000$"), hash);
        assertFalse(hash.contains("correct horse"));
        assertTrue(PasswordHasher.verify("correct horse battery".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("correct horse batterY".toCharArray(), hash));
        assertNotEquals(hash, PasswordHasher.hash("correct horse battery".toCharArray()), "a fresh salt every time");
    }

    @Test
    void malformedStoredHashNeverVerifies() {
        assertFalse(PasswordHasher.verify("x".toCharArray(), null));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "md5$1$aa$bb"));
    }
}
