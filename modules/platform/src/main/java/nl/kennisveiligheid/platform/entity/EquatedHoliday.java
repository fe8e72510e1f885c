package nl.kennisveiligheid.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.AuditedEntity;

/**
 * A day a Royal Decree equates with a generally recognised holiday for the Algemene termijnenwet (e.g. the
 * Friday after Ascension Day in some years). Data a system administrator maintains, with the decree as
 * reference.
 */
@Entity
@Table(name = "equated_holiday", schema = "platform")
public class EquatedHoliday extends AuditedEntity {

    @Id
    @Column(name = "holiday_date")
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(name = "legal_reference", nullable = false, length = 200)
    private String legalReference;

    protected EquatedHoliday() {
    }

    public EquatedHoliday(LocalDate day, String description, String legalReference) {
        this.day = day;
        this.description = description;
        this.legalReference = legalReference;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getDescription() {
        return description;
    }

    public String getLegalReference() {
        return legalReference;
    }
}
