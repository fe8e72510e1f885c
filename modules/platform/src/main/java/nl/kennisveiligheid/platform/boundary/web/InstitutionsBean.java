package nl.kennisveiligheid.platform.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.kennisveiligheid.platform.api.InstitutionKind;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.platform.control.InstitutionService;

/** The institutions overview: a lazy table, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class InstitutionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstitutionService institutions;

    private LazyTableModel<InstitutionSummary> model;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(institutions, InstitutionSummary::id);
    }

    public LazyTableModel<InstitutionSummary> getModel() {
        return model;
    }

    private String code;
    private String name;
    private InstitutionKind kind = InstitutionKind.UNIVERSITY;

    public void register() {
        try {
            InstitutionSummary created = institutions.register(code, name, kind);
            PageMessages.info(PlatformModule.BUNDLE, "institutions.registered", created.name());
            code = null;
            name = null;
        } catch (IllegalArgumentException refused) {
            PageMessages.error(null, PlatformModule.BUNDLE, refused.getMessage());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public void setKind(InstitutionKind kind) {
        this.kind = kind;
    }

    public InstitutionKind[] getKinds() {
        return InstitutionKind.values();
    }
}
