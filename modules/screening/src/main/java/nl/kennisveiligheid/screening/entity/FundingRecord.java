package nl.kennisveiligheid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kennisveiligheid.screening.api.Funding;
import nl.kennisveiligheid.screening.api.FundingKind;

/** A source of funding as stored with the request. */
@Embeddable
public class FundingRecord {

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private FundingKind kind;

    @Column(length = 300)
    private String funder;

    @Column(length = 2)
    private String country;

    @Column(name = "from_date")
    private java.time.LocalDate fromDate;

    @Column(name = "to_date")
    private java.time.LocalDate toDate;

    @Column(name = "topic_from_home_country")
    private Boolean topicFromHomeCountry;

    protected FundingRecord() {
    }

    public FundingRecord(Funding funding) {
        this.kind = funding.kind();
        this.funder = funding.funder();
        this.country = funding.country();
        this.fromDate = funding.from();
        this.toDate = funding.to();
        this.topicFromHomeCountry = funding.topicFromHomeCountry();
    }

    public Funding data() {
        return new Funding(kind, funder, country, fromDate, toDate, Boolean.TRUE.equals(topicFromHomeCountry));
    }
}
