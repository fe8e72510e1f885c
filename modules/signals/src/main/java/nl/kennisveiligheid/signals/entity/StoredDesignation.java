package nl.kennisveiligheid.signals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SubjectKind;

/** A designation of one edition, as the file gave it; the lists of values are stored one per line. */
@Entity
@Table(name = "designation", schema = "signals")
public class StoredDesignation {

    @Id
    @SequenceGenerator(name = "designation_seq", schema = "signals", sequenceName = "designation_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "designation_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private Long editionId;

    @Column(nullable = false, length = 100, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private SubjectKind kind;

    @Column(length = 1000, updatable = false)
    private String regime;

    @Column(name = "listed_on", updatable = false)
    private LocalDate listedOn;

    @Column(nullable = false, updatable = false)
    private String names;

    @Column(name = "birth_dates", nullable = false, updatable = false)
    private String birthDates;

    @Column(name = "birth_places", nullable = false, updatable = false)
    private String birthPlaces;

    @Column(nullable = false, updatable = false)
    private String nationalities;

    @Column(name = "risk_level", length = 100, updatable = false)
    private String riskLevel;

    protected StoredDesignation() {
    }

    public StoredDesignation(long editionId, Designation designation) {
        this.editionId = editionId;
        this.reference = TextRules.clipped(designation.reference(), 100);
        this.kind = designation.kind();
        this.regime = TextRules.clipped(designation.regime(), 1000);
        this.listedOn = designation.listedOn();
        List<String> lines = new ArrayList<>();
        for (DesignationName name : designation.names()) {
            lines.add(name.quality() + "|" + (name.originalScript() ? "S" : "L") + "|" + oneLine(name.name()));
        }
        this.names = String.join("\n", lines);
        this.birthDates = joined(designation.birthDates());
        this.birthPlaces = joined(designation.birthPlaces());
        this.nationalities = joined(designation.nationalities());
        this.riskLevel = TextRules.clipped(designation.riskLevel(), 100);
    }

    public Designation designation() {
        List<DesignationName> parsed = new ArrayList<>();
        for (String line : split(names)) {
            String[] parts = line.split("\\|", 3);
            parsed.add(new DesignationName(parts[2], NameQuality.valueOf(parts[0]), "S".equals(parts[1])));
        }
        return new Designation(reference, kind, regime, listedOn, parsed, split(birthDates), split(birthPlaces), split(nationalities), riskLevel);
    }

    private static String joined(List<String> values) {
        return String.join("\n", values.stream().map(StoredDesignation::oneLine).toList());
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static String oneLine(String value) {
        return value.replace('\n', ' ').replace('\r', ' ');
    }

}
