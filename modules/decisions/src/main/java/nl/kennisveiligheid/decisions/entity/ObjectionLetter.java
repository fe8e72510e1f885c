package nl.kennisveiligheid.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The letter of the decision on an objection (beslissing op bezwaar), made when it is decided and never changed. */
@Entity
@Table(name = "objection_letter", schema = "decisions")
public class ObjectionLetter extends StoredLetter {

    @Id
    @Column(name = "objection_id")
    private Long objectionId;

    protected ObjectionLetter() {
    }

    public ObjectionLetter(long objectionId, String fileName, String sha256, byte[] content) {
        super(fileName, sha256, content);
        this.objectionId = objectionId;
    }

    public Long getObjectionId() { return objectionId; }
}
