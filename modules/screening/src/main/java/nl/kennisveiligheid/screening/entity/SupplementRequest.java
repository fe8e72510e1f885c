package nl.kennisveiligheid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.kennisveiligheid.platform.api.calendar.Suspension;
import nl.kennisveiligheid.screening.api.SupplementView;

/**
 * A request for a supplement (Awb 4:5): the questions and the term to answer them. It suspends the decision period from
 * the day after it was asked up to the day the supplement came in or its term ended unused (Awb 4:15); a supplement
 * after the term is accepted without suspending further.
 */
@Entity
@Table(name = "supplement_request", schema = "screening")
public class SupplementRequest extends nl.kennisveiligheid.platform.api.AuditedEntity {

    @Id
    @SequenceGenerator(name = "supplement_request_seq", schema = "screening", sequenceName = "supplement_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplement_request_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ScreeningRequest request;

    @Column(nullable = false)
    private int number;

    @Column(name = "asked_on", nullable = false)
    private LocalDate askedOn;

    @Column(name = "asked_by", nullable = false, length = 100)
    private String askedBy;

    @Column(nullable = false, length = 4000)
    private String questions;

    @Column(name = "answer_by", nullable = false)
    private LocalDate answerBy;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(length = 4000)
    private String answer;

    protected SupplementRequest() {
    }

    SupplementRequest(ScreeningRequest request, int number, LocalDate askedOn, String askedBy, String questions, LocalDate answerBy) {
        this.request = request;
        this.number = number;
        this.askedOn = askedOn;
        this.askedBy = askedBy;
        this.questions = questions;
        this.answerBy = answerBy;
    }

    void answer(LocalDate on, String by, String text) {
        this.answeredOn = on;
        this.answeredBy = by;
        this.answer = text;
    }

    /** The suspension it causes as things stand on {@code today}: up to its answer, or its term's end, whichever is first. */
    public Suspension suspension() {
        LocalDate end = answeredOn == null || answeredOn.isAfter(answerBy) ? answerBy : answeredOn;
        return Suspension.supplement(askedOn, end);
    }

    public boolean isOpen() {
        return answeredOn == null;
    }

    public boolean isLate() {
        return answeredOn != null && answeredOn.isAfter(answerBy);
    }

    public SupplementView view() {
        return new SupplementView(number, askedOn, askedBy, questions, answerBy, answeredOn, answer, isLate());
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getAskedOn() {
        return askedOn;
    }

    public LocalDate getAnswerBy() {
        return answerBy;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
