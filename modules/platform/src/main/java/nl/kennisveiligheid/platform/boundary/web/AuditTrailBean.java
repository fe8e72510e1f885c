package nl.kennisveiligheid.platform.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.PageSource;
import nl.kennisveiligheid.platform.control.audit.AuditRecords;
import nl.kennisveiligheid.platform.control.audit.AuditVerifier;
import nl.kennisveiligheid.platform.entity.AuditRecord;

/** The auditor's screen: search the trail (user, action, object, period) and verify it. */
@Named
@ViewScoped
public class AuditTrailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditRecords records;

    @Inject
    AuditVerifier verifier;

    @Inject
    LanguageBean language;

    private LocalDate from;
    private LocalDate to;
    private AuditVerifier.Result verification;
    private LazyTableModel<AuditRecord> model;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(new Source(), AuditRecord::getPosition);
    }

    /** The page source with the period chosen on the screen. */
    private final class Source implements PageSource<AuditRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return records.count(filters, from, to);
        }

        @Override
        public List<AuditRecord> load(PageRequest request) {
            return records.load(request, from, to);
        }
    }

    /** What was done, in words ({@code personal-data.viewed}: "Persoonsgegevens ingezien"); an action without words as recorded. */
    public String action(String code) {
        return nl.kennisveiligheid.platform.api.AuditWords.action(code, language.getLocale()).orElse(code);
    }

    /** The kind of object, in words ({@code ScreeningRequest}: "Screeningsaanvraag"). */
    public String objectType(String type) {
        return nl.kennisveiligheid.platform.api.AuditWords.objectType(type, language.getLocale()).orElse(type);
    }

    public void verify() {
        verification = verifier.verify();
    }

    public LazyTableModel<AuditRecord> getModel() {
        return model;
    }

    public AuditVerifier.Result getVerification() {
        return verification;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
