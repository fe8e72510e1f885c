package nl.kennisveiligheid.platform.control.notification;

import java.util.Optional;
import java.util.Properties;
import nl.kennisveiligheid.platform.api.LiveSetting;

/**
 * The SMTP server mail goes through, read afresh for every send: {@code mail.smtp.host} (env {@code MAIL_SMTP_HOST};
 * none: mail is held in the outbox), {@code mail.smtp.port} (25), {@code mail.smtp.user} and {@code mail.smtp.password}
 * (optional), {@code mail.smtp.starttls} ({@code true} to require STARTTLS), {@code mail.from} (the sender).
 */
public record MailSettings(String host, int port, String user, String password, boolean startTls, String from) {

    static final String HOST = "mail.smtp.host";

    /** The settings, or empty when no SMTP server is configured. */
    public static Optional<MailSettings> current() {
        Optional<String> host = LiveSetting.of(HOST).map(String::trim).filter(h -> !h.isEmpty());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port;
        try {
            port = Integer.parseInt(LiveSetting.of("mail.smtp.port").map(String::trim).orElse("25"));
        } catch (NumberFormatException e) {
            port = 25;
        }
        return Optional.of(new MailSettings(host.get(), port, LiveSetting.of("mail.smtp.user").filter(u -> !u.isBlank()).orElse(null),
                LiveSetting.of("mail.smtp.password").orElse(null), LiveSetting.flag("mail.smtp.starttls"),
                LiveSetting.of("mail.from").filter(f -> !f.isBlank()).orElse("noreply@screening-kennisveiligheid.nl")));
    }

    /** The Jakarta Mail session properties. */
    Properties properties() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(user != null));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        return p;
    }
}
