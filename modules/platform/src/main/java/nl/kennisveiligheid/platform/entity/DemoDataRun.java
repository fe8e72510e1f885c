package nl.kennisveiligheid.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Records that a demo data contributor has seeded, so that a second start seeds nothing again. */
@Entity
@Table(name = "demo_data_run", schema = "platform")
public class DemoDataRun {

    @Id
    @Column(length = 100)
    private String contributor;

    @Column(name = "seeded_at", nullable = false)
    private OffsetDateTime seededAt;

    protected DemoDataRun() {
    }

    public DemoDataRun(String contributor, OffsetDateTime seededAt) {
        this.contributor = contributor;
        this.seededAt = seededAt;
    }

    public String getContributor() {
        return contributor;
    }

    public OffsetDateTime getSeededAt() {
        return seededAt;
    }
}
