package nl.kennisveiligheid.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.platform.api.InstitutionKind;
import nl.kennisveiligheid.platform.api.InstitutionSummary;

/** A knowledge institution (kennisinstelling): the tenant every institution user and unit belongs to. */
@Entity
@Table(name = "institution", schema = "platform")
public class Institution extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "institution_seq", schema = "platform", sequenceName = "institution_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "institution_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private InstitutionKind kind;

    /** Where mail for the institution goes (its knowledge-security desk); when empty, to its officers. */
    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    /** The language of mail to the institution: {@code nl} or {@code en}. */
    @Column(nullable = false, length = 5)
    private String language = "nl";

    /** Where letters to the institution go (its postal address, lines separated by new lines); {@code null} when not known. */
    @Column(name = "postal_address", length = 500)
    private String postalAddress;

    protected Institution() {
    }

    public Institution(String code, String name, InstitutionKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public InstitutionSummary summary() {
        return new InstitutionSummary(id, code, name, kind, getVersion());
    }

    /** A new name and kind; the code stays, because users and other systems know the institution by it. */
    public void rename(String name, InstitutionKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    /** Where mail and letters to the institution go, and in which language. */
    public void contact(String email, String newLanguage, String newPostalAddress) {
        this.contactEmail = email;
        this.language = newLanguage;
        this.postalAddress = newPostalAddress;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getLanguage() {
        return language;
    }
}
