package nl.kennisveiligheid.signals.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nl.kennisveiligheid.platform.api.AuditedEntity;
import nl.kennisveiligheid.signals.api.CountryIndicator;
import nl.kennisveiligheid.signals.api.IndicatorEditionView;

/** One loaded edition of a country indicator, with its value per country and the file as received. */
@Entity
@Table(name = "indicator_edition", schema = "signals")
public class IndicatorEdition extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "indicator_edition_seq", schema = "signals", sequenceName = "indicator_edition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_edition_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private CountryIndicator indicator;

    @Column(name = "data_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, length = 300, updatable = false)
    private String source;

    @Column(nullable = false, updatable = false)
    private int countries;

    @Column(nullable = false, updatable = false)
    private int signals;

    @Column(nullable = false, updatable = false)
    private int skipped;

    @Column(nullable = false, length = 64, updatable = false)
    private String checksum;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "in_force", nullable = false)
    private int inForce;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_value", schema = "signals", joinColumns = @JoinColumn(name = "edition_id"))
    @MapKeyColumn(name = "country", length = 2)
    @Column(name = "score", precision = 7, scale = 3)
    private Map<String, BigDecimal> values = new HashMap<>();

    protected IndicatorEdition() {
    }

    public IndicatorEdition(CountryIndicator indicator, int year, String source, Map<String, BigDecimal> values, int skipped, String checksum,
                            String fileName, byte[] content) {
        this.indicator = indicator;
        this.year = year;
        this.source = source;
        this.values = new HashMap<>(values);
        this.countries = values.size();
        this.signals = (int) values.values().stream().filter(indicator::signals).count();
        this.skipped = skipped;
        this.checksum = checksum;
        this.fileName = fileName;
        this.content = content;
        this.inForce = 1;
    }

    public Long getId() {
        return id;
    }

    public CountryIndicator getIndicator() {
        return indicator;
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public boolean isInForce() {
        return inForce == 1;
    }

    public void supersede() {
        inForce = 0;
    }

    public Map<String, BigDecimal> getValues() {
        return values;
    }

    public byte[] getContent() {
        return content;
    }

    public IndicatorEditionView view() {
        return new IndicatorEditionView(id, indicator, year, source, countries, signals, skipped, checksum, fileName, getCreatedAt(), getCreatedBy(),
                isInForce());
    }
}
