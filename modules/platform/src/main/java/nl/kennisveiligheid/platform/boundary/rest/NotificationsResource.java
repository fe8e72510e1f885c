package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import nl.kennisveiligheid.platform.control.notification.NotificationService;
import nl.kennisveiligheid.platform.entity.UserNotification;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own in-app notifications (a token's name is its recipient). */
@Path("notifications")
@RolesAllowed("**")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's own notifications and how many are unread")
public class NotificationsResource {

    /** One notification. */
    public record NotificationView(long id, OffsetDateTime createdAt, String subject, String body, String link, boolean read) {
    }

    /** The newest notifications and the number unread. */
    public record NotificationList(long unread, List<NotificationView> items) {
    }

    @Inject
    NotificationService notifications;

    @GET
    @Operation(summary = "The caller's 50 newest notifications and how many are unread")
    public NotificationList list() {
        return new NotificationList(notifications.unreadCount(), notifications.mine(50).stream().map(NotificationsResource::view).toList());
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all the caller's notifications read")
    public NotificationList readAll() {
        notifications.markAllRead();
        return list();
    }

    static NotificationView view(UserNotification n) {
        return new NotificationView(n.getId(), n.getCreatedAt(), n.getSubject(), n.getBody(), n.getLink(), n.getReadAt() != null);
    }
}
