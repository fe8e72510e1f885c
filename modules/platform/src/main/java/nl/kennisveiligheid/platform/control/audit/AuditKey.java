package nl.kennisveiligheid.platform.control.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.kennisveiligheid.platform.api.Mode;
import nl.kennisveiligheid.platform.control.RuntimeSettingsBean;
import nl.kennisveiligheid.platform.control.StartupFailure;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The audit trail's HMAC key ({@code AUDIT_HMAC_KEY}): from configuration, never in the database. Required in
 * production (at least 32 characters); demo mode falls back to a fixed, public demo key.
 */
@ApplicationScoped
public class AuditKey {

    static final String SETTING = nl.kennisveiligheid.platform.control.Settings.AUDIT_HMAC_KEY;
    static final String DEMO_KEY = "demo-only-audit-key-not-secret-0123456789";
    private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());

    @Inject
    RuntimeSettingsBean settings;

    private SecretKeySpec key;

    @PostConstruct
    void read() {
        String value = ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).filter(v -> !v.isBlank()).orElse(null);
        if (value == null) {
            if (settings.mode() == Mode.PRODUCTION) {
                throw StartupFailure.requiredInProduction(SETTING);
            }
            LOG.warning("Audit trail uses the public demo key (demo mode); set AUDIT_HMAC_KEY for real use");
            value = DEMO_KEY;
        }
        if (value.length() < 32) {
            throw StartupFailure.setting(SETTING, "must be at least 32 characters");
        }
        key = new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Hex HMAC-SHA256 of the text. */
    public String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
