package nl.kennisveiligheid.platform.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Fills the created/updated stamps of an {@link AuditedEntity} from the platform clock and the current actor. */
public class AuditedEntityListener {

    @PrePersist
    void onCreate(AuditedEntity entity) {
        entity.stampCreated(now(), actor());
    }

    @PreUpdate
    void onUpdate(AuditedEntity entity) {
        entity.stampUpdated(now(), actor());
    }

    private static OffsetDateTime now() {
        return CDI.current().select(PlatformClock.class).get().now().atOffset(ZoneOffset.UTC);
    }

    private static String actor() {
        return CDI.current().select(CurrentActor.class).get().name();
    }
}
