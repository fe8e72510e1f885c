package nl.kennisveiligheid.decisions.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.kennisveiligheid.decisions.api.PersonAccess;
import nl.kennisveiligheid.decisions.control.DecisionRegister;
import nl.kennisveiligheid.decisions.control.DecisionsModule;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.validation.TextRules;

/** The institution's page "Access": where may a person (by the institution's own reference) go on a day. */
@Named
@ViewScoped
public class PersonAccessBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionRegister register;

    @Inject
    transient PlatformClock clock;

    private String person;
    private LocalDate day;
    private List<PersonAccess> result;

    public void look() {
        String reference = person == null ? "" : person.strip();
        if (reference.isEmpty()) {
            PageMessages.error("access:person", DecisionsModule.BUNDLE, "validation.required");
            return;
        }
        if (TextRules.problem(reference, 100, false).isPresent()) {
            PageMessages.error("access:person", DecisionsModule.BUNDLE, "access.person.invalid");
            return;
        }
        try {
            result = register.whereMayGo(reference, getDayOrToday());
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public LocalDate getDayOrToday() {
        return day == null ? clock.today() : day;
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public List<PersonAccess> getResult() { return result; }
}
