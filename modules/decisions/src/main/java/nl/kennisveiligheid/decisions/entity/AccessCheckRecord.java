package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.kennisveiligheid.decisions.api.AccessCheckEntry;

/** One access check in the log (written beside the audit trail, not through its chain). */
@Entity
@Table(name = "access_check", schema = "decisions")
public class AccessCheckRecord {

    @Id
    @SequenceGenerator(name = "access_check_seq", schema = "decisions", sequenceName = "access_check_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_check_seq")
    private Long id;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private OffsetDateTime checkedAt;

    @Column(name = "asked_by", nullable = false, updatable = false, length = 100)
    private String askedBy;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "person_reference", nullable = false, updatable = false, length = 100)
    private String personReference;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate onDate;

    @Column(name = "allowed", nullable = false, updatable = false)
    private boolean allowed;

    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    protected AccessCheckRecord() {
    }

    public AccessCheckRecord(AccessCheckEntry entry) {
        checkedAt = entry.checkedAt();
        askedBy = entry.askedBy();
        institutionId = entry.institutionId();
        unitId = entry.unitId();
        personReference = entry.personReference();
        onDate = entry.onDate();
        allowed = entry.allowed();
        decisionId = entry.decisionId();
    }

    public AccessCheckEntry entry() {
        return new AccessCheckEntry(checkedAt, askedBy, institutionId, unitId, personReference, onDate, allowed, decisionId);
    }
}
