package nl.kennisveiligheid.platform.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.notification.NotificationService;
import nl.kennisveiligheid.platform.entity.UserNotification;

/** The current user's notifications: the unread count in the header, the list, opening one (marks it read). */
@Named("notifications")
@RequestScoped
public class NotificationsBean {

    @Inject
    NotificationService service;

    private Long unread;
    private List<UserNotification> list;

    public long getUnread() {
        if (unread == null) {
            unread = service.unreadCount();
        }
        return unread;
    }

    public List<UserNotification> getList() {
        if (list == null) {
            list = service.mine(100);
        }
        return list;
    }

    /** Marks it read and goes to the page it is about (inside the product), or stays here. */
    public String open(long id) {
        return service.open(id).map(link -> link + (link.contains("?") ? "&" : "?") + "faces-redirect=true")
                .orElse("/platform/account/notifications.xhtml?faces-redirect=true");
    }

    public String markAllRead() {
        int marked = service.markAllRead();
        PageMessages.info(PlatformModule.BUNDLE, "notifications.markedRead", marked);
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/platform/account/notifications.xhtml?faces-redirect=true";
    }
}
