package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kennisveiligheid.decisions.api.Finding;
import nl.kennisveiligheid.decisions.api.FindingData;
import nl.kennisveiligheid.signals.api.IndicatorGroup;

/** The finding for one indicator group of an assessment. */
@Embeddable
public class AssessmentFinding {

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_group", nullable = false, length = 20)
    private IndicatorGroup indicatorGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding", nullable = false, length = 20)
    private Finding finding;

    @Column(name = "note", length = 2000)
    private String note;

    protected AssessmentFinding() {
    }

    public AssessmentFinding(FindingData data) {
        this.indicatorGroup = data.group();
        this.finding = data.finding();
        this.note = data.note();
    }

    public FindingData data() {
        return new FindingData(indicatorGroup, finding, note);
    }
}
