package nl.kennisveiligheid.platform.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.notification.MailSettings;
import nl.kennisveiligheid.platform.control.notification.Outbox;
import nl.kennisveiligheid.platform.entity.OutboxMail;

/** The outbox for the system administrator: every mail with its status; a failed or held one can be tried again. */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    private LazyTableModel<OutboxMail> model;
    private OutboxMail selected;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(outbox, OutboxMail::getId);
    }

    public LazyTableModel<OutboxMail> getModel() {
        return model;
    }

    public void retry(OutboxMail mail) {
        try {
            OutboxMail after = outbox.retry(mail.getId());
            PageMessages.info(PlatformModule.BUNDLE, "outbox.retried." + after.getStatus().name());
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public void show(OutboxMail mail) {
        selected = mail;
    }

    public OutboxMail getSelected() {
        return selected;
    }

    /** Whether an SMTP server is configured (otherwise every mail is held here). */
    public boolean isSmtpConfigured() {
        return MailSettings.current().isPresent();
    }

    public OutboxMail.Status[] getStatuses() {
        return OutboxMail.Status.values();
    }
}
