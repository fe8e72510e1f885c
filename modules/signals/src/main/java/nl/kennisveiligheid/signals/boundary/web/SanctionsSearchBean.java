package nl.kennisveiligheid.signals.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.signals.api.SanctionsHit;
import nl.kennisveiligheid.signals.api.SanctionsScreening;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.api.SubjectKind;
import nl.kennisveiligheid.signals.control.SanctionsLists;

/** The ad-hoc sanctions check: a name (with date of birth, nationality, kind) against the lists in force, with explanations. */
@Named
@ViewScoped
public class SanctionsSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SanctionsScreening screening;

    @Inject
    transient SanctionsLists lists;

    @Inject
    transient SignalsFormat format;

    private String name;
    private LocalDate birthDate;
    private String nationality;
    private SubjectKind kind;
    private List<SanctionsHit> hits;
    private Boolean listsLoaded;

    public void search() {
        hits = null;
        try {
            hits = screening.screen(new ScreeningQuery(name, birthDate, nationality, kind));
        } catch (Refusal refused) {
            PageMessages.refused(refused, field -> "search:" + field);
        }
    }

    public boolean isListsLoaded() {
        if (listsLoaded == null) {
            listsLoaded = !lists.inForce().isEmpty();
        }
        return listsLoaded;
    }

    public String getThreshold() {
        return format.decimal(screening.threshold());
    }

    public SubjectKind[] getKinds() {
        return SubjectKind.values();
    }

    public List<SanctionsHit> getHits() {
        return hits;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public SubjectKind getKind() {
        return kind;
    }

    public void setKind(SubjectKind kind) {
        this.kind = kind;
    }
}
