package nl.kennisveiligheid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import nl.kennisveiligheid.screening.api.Affiliation;

/** An affiliation of the person as stored with the request. */
@Embeddable
public class AffiliationRecord {

    @Column(length = 300)
    private String organisation;

    @Column(length = 2)
    private String country;

    @Column(length = 200)
    private String role;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected AffiliationRecord() {
    }

    public AffiliationRecord(Affiliation affiliation) {
        this.organisation = affiliation.organisation();
        this.country = affiliation.country();
        this.role = affiliation.role();
        this.fromDate = affiliation.from();
        this.toDate = affiliation.to();
    }

    public Affiliation data() {
        return new Affiliation(organisation, country, role, fromDate, toDate);
    }
}
