package nl.kennisveiligheid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.screening.api.SuspensionView;

/** A suspension with the applicant's consent or for delay the applicant causes (Awb 4:15 lid 2): the days from and until, both included. */
@Entity
@Table(name = "request_suspension", schema = "screening")
public class RequestSuspension extends nl.kennisveiligheid.platform.api.AuditedEntity {

    @Id
    @SequenceGenerator(name = "request_suspension_seq", schema = "screening", sequenceName = "request_suspension_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_suspension_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ScreeningRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Suspension.Reason reason;

    @Column(name = "from_date", nullable = false)
    private LocalDate firstDay;

    @Column(name = "until_date", nullable = false)
    private LocalDate lastDay;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected RequestSuspension() {
    }

    RequestSuspension(ScreeningRequest request, Suspension.Reason reason, LocalDate from, LocalDate until, String note, String recordedBy) {
        this.request = request;
        this.reason = reason;
        this.firstDay = from;
        this.lastDay = until;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public Suspension suspension() {
        return new Suspension(reason, firstDay, lastDay, note);
    }

    public SuspensionView view() {
        return new SuspensionView(reason, firstDay, lastDay, note, recordedBy);
    }
}
