package nl.kennisveiligheid.platform.control.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.kennisveiligheid.platform.api.Mode;
import nl.kennisveiligheid.platform.api.crypto.PersonalDataCipher;
import nl.kennisveiligheid.platform.control.RuntimeSettingsBean;
import nl.kennisveiligheid.platform.control.StartupFailure;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * AES-256-GCM with keys from configuration, never from the database: {@code personal-data.key} (env
 * {@code PERSONAL_DATA_KEY}) is the current key, base64 of 32 bytes, with its id {@code personal-data.key-id}
 * (default {@code k1}); earlier keys stay readable through {@code personal-data.old-keys} ({@code id:base64,id:base64}).
 * Required in production; demo mode falls back to a fixed, public demo key (id {@code demo}).
 */
@ApplicationScoped
public class AesGcmPersonalDataCipher implements PersonalDataCipher {

    static final String KEY = nl.kennisveiligheid.platform.control.Settings.PERSONAL_DATA_KEY;
    static final String KEY_ID = "personal-data.key-id";
    static final String OLD_KEYS = "personal-data.old-keys";
    static final String DEMO_KEY_ID = "demo";
    private static final byte[] DEMO_KEY = "demo-only-personal-data-key-0123".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger LOG = Logger.getLogger(AesGcmPersonalDataCipher.class.getName());

    @Inject
    RuntimeSettingsBean settings;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private String currentId;

    @PostConstruct
    void read() {
        String value = setting(KEY);
        if (value == null) {
            if (settings.mode() == Mode.PRODUCTION) {
                throw StartupFailure.requiredInProduction(KEY);
            }
            LOG.warning("Personal data are encrypted with the public demo key (demo mode); set PERSONAL_DATA_KEY for real use");
            currentId = DEMO_KEY_ID;
            keys.put(DEMO_KEY_ID, new SecretKeySpec(DEMO_KEY, "AES"));
        } else {
            currentId = java.util.Optional.ofNullable(setting(KEY_ID)).orElse("k1");
            keys.put(currentId, key(KEY, value));
        }
        String old = setting(OLD_KEYS);
        if (old != null) {
            for (String pair : old.split(",")) {
                String[] idAndKey = pair.trim().split(":", 2);
                if (idAndKey.length != 2 || idAndKey[0].isBlank()) {
                    throw StartupFailure.setting(OLD_KEYS, "must be id:base64 pairs separated by commas");
                }
                keys.putIfAbsent(idAndKey[0].trim(), key(OLD_KEYS, idAndKey[1].trim()));
            }
        }
    }

    /** A cipher with the given keys, for tests without a container. */
    public static AesGcmPersonalDataCipher of(String currentId, Map<String, byte[]> keys) {
        AesGcmPersonalDataCipher cipher = new AesGcmPersonalDataCipher();
        cipher.currentId = currentId;
        keys.forEach((id, key) -> cipher.keys.put(id, new SecretKeySpec(key, "AES")));
        return cipher;
    }

    @Override
    public Sealed seal(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(currentId.getBytes(StandardCharsets.UTF_8));
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(nonce.length + encrypted.length).put(nonce).put(encrypted);
            return new Sealed(currentId, Base64.getEncoder().encodeToString(out.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypting personal data failed", e);
        }
    }

    @Override
    public String open(Sealed sealed) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("No key with id " + sealed.keyId() + " is configured (" + OLD_KEYS + ")");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.sealed());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(sealed.keyId().getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored personal-data value could not be decrypted (key " + sealed.keyId() + ")", e);
        }
    }

    private static String setting(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
    }

    private static SecretKeySpec key(String setting, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw StartupFailure.setting(setting, "must be base64 (e.g. openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw StartupFailure.setting(setting, "must be 32 bytes (AES-256), base64-encoded: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
