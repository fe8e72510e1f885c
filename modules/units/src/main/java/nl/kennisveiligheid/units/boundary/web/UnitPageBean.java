package nl.kennisveiligheid.units.boundary.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.platform.api.ActorNames;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.units.api.UnitAccessSection;
import nl.kennisveiligheid.units.api.UnitClosureCheck;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.api.UnitVersionView;
import nl.kennisveiligheid.units.control.UnitEditing;
import nl.kennisveiligheid.units.control.UnitRegister;
import nl.kennisveiligheid.units.control.UnitsModule;

/** A unit's page: what it is now, its history, the people with access (a later module), register and close. */
@Named
@ViewScoped
public class UnitPageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d+)]");

    @Inject
    UnitRegister units;

    @Inject
    UnitEditing editing;

    @Inject
    Instance<UnitAccessSection> accessSections;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    ActorNames actors;

    private Long id;
    private UnitSummary unit;
    private UnitVersionView current;
    private List<UnitVersionView> history;
    private LocalDate closedOn;
    private String closeReason;
    private List<UnitClosureCheck.Dependent> dependents = List.of();
    private ReviewNote review;
    private String confirmNote;
    private List<String> editNeeded = List.of();

    /** From the view parameter: read once per view (the details read is audited). */
    public void load() {
        if (unit != null || id == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        unit = units.unit(id).orElse(null);
        current = unit == null ? null : units.details(id).orElse(null);
        history = unit == null ? List.of() : units.history(id);
        review = unit == null ? null : units.review(id).orElse(null);
    }

    /** The unit still applies after the Annex 2 change: confirm it, or name the entries that need an edit. */
    public void confirmReview() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String note = confirmNote == null || confirmNote.isBlank()
                ? PageMessages.text(UnitsModule.BUNDLE, "review.confirmed.note", locale, review.listVersion()) : confirmNote;
        try {
            editing.confirmStillApplies(id, unit.version(), note);
            PageMessages.info(UnitsModule.BUNDLE, "review.confirmed", unit.name());
            editNeeded = List.of();
            confirmNote = null;
            refresh();
        } catch (Refusal refused) {
            PageMessages.error(null, refused.bundle(), refused.messageKey(), refused.arguments());
            List<UnitEntry> entries = current.data().entries();
            editNeeded = refused.fields().stream().map(f -> entryCode(f.field(), entries)).filter(c -> c != null).toList();
            refused.fields().stream().filter(f -> "note".equals(f.field()))
                    .forEach(f -> PageMessages.error("unit:confirmNote", UnitsModule.BUNDLE, f.messageKey()));
        }
    }

    /** The review note in the reader's language, one line per change. */
    public List<String> getReviewLines() {
        // at render time: the view's locale (the reader's language) is set when the view is built, after load()
        return review == null ? List.of() : ReviewText.lines(review, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private static String entryCode(String field, List<UnitEntry> entries) {
        Matcher m = ENTRY_FIELD.matcher(field);
        if (!m.matches()) {
            return null;
        }
        int index = Integer.parseInt(m.group(1));
        return index < entries.size() ? entries.get(index).code() : null;
    }

    public void register() {
        try {
            editing.register(id, unit.version());
            PageMessages.info(UnitsModule.BUNDLE, "unit.registered", unit.name());
            refresh();
        } catch (Refusal refused) {
            PageMessages.error(null, UnitsModule.BUNDLE, "error.register.incomplete");
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            refused.fields().forEach(f -> PageMessages.error(null, UnitsModule.BUNDLE, "field.error",
                    PageMessages.text(UnitsModule.BUNDLE, "field." + f.field().replaceAll("\\[.*", ""), locale) + ": "
                            + PageMessages.text(UnitsModule.BUNDLE, f.messageKey(), locale)));
        }
    }

    /** Closes the unit; when something still depends on it, names it first and closes on the second press. */
    public void close() {
        try {
            editing.close(id, closedOn, closeReason, unit.version(), !dependents.isEmpty());
            PageMessages.info(UnitsModule.BUNDLE, "unit.closed", unit.name());
            dependents = List.of();
            refresh();
        } catch (Refusal refused) {
            dependents = "error.close.dependents".equals(refused.messageKey()) ? units.dependents(id) : List.of();
            PageMessages.error(null, refused.bundle(), refused.messageKey(), refused.arguments());
            refused.fields().stream().filter(f -> !"dependents".equals(f.field()))
                    .forEach(f -> PageMessages.error("unit:" + f.field(), refused.bundle(), f.messageKey(), f.arguments().toArray()));
        }
    }

    /** The unit's institution, for the register's page. */
    public String getInstitutionName() {
        return unit == null ? null : institutions.byId(unit.institutionId()).map(InstitutionSummary::name).orElse("");
    }

    /** Who recorded a version: the person, or for an API token its owner and label (put into words by {@code fmt.text}). */
    public Text recordedBy(UnitVersionView version) {
        return actors.describe(version.recordedBy());
    }

    /** Free text one line per line, blank lines left out. */
    public List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Whether no later module fills the section "people with access" (then the page says who will). */
    public boolean isAccessSectionMissing() {
        return accessSections.isUnsatisfied();
    }

    public List<String> getAccessFragments() {
        return accessSections.stream().map(UnitAccessSection::fragment).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UnitSummary getUnit() { return unit; }
    public UnitVersionView getCurrent() { return current; }
    public List<UnitVersionView> getHistory() { return history; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public String getCloseReason() { return closeReason; }
    public void setCloseReason(String closeReason) { this.closeReason = closeReason; }
    public List<UnitClosureCheck.Dependent> getDependents() { return dependents; }
    public ReviewNote getReview() { return review; }
    public String getConfirmNote() { return confirmNote; }
    public void setConfirmNote(String confirmNote) { this.confirmNote = confirmNote; }
    public List<String> getEditNeeded() { return editNeeded; }
}
