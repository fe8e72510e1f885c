package nl.kennisveiligheid.units.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.RequestMemo;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.units.api.ReviewNote;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.units.api.UnitData;
import nl.kennisveiligheid.units.api.UnitEntry;
import nl.kennisveiligheid.units.api.UnitKind;
import nl.kennisveiligheid.units.api.UnitStatus;
import nl.kennisveiligheid.units.api.UnitSummary;
import nl.kennisveiligheid.units.api.UnitVersionView;
import nl.kennisveiligheid.units.control.UnitEditing;
import nl.kennisveiligheid.units.control.UnitRegister;
import nl.kennisveiligheid.units.control.UnitsModule;

/**
 * The form to create or change a unit, in sections: what it is, where access is given, who is responsible,
 * the Annex 2 entries it works with (each with a reason), and how it is kept separate. Errors appear at the
 * fields; nothing typed is lost.
 */
@Named
@ViewScoped
public class UnitFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One Annex 2 entry row of the form. */
    public static class EntryRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String entryKey;
        private String reason;

        public EntryRow() {
        }

        EntryRow(String entryKey, String reason) {
            this.entryKey = entryKey;
            this.reason = reason;
        }

        public String getEntryKey() {
            return entryKey;
        }

        public void setEntryKey(String entryKey) {
            this.entryKey = entryKey;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    UnitRegister units;

    @Inject
    UnitEditing editing;

    @Inject
    RequestMemo memo;

    @Inject
    TechnologyListCatalog annex2;

    @Inject
    PlatformClock clock;

    private Long id;
    private UnitSummary existing;
    private ReviewNote review;
    private boolean loaded;
    private String name;
    private UnitKind kind = UnitKind.RESEARCH_GROUP;
    private String faculty;
    private String department;
    private String sites;
    private String buildings;
    private String rooms;
    private String headName;
    private String headEmail;
    private String contactName;
    private String contactEmail;
    private String measuresPhysical;
    private String measuresDigital;
    private String measuresOrganisational;
    private String note;
    private final List<EntryRow> entries = new ArrayList<>();

    /** From the view parameter: an existing unit is loaded once (an audited read), a new one starts with one entry row. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            entries.add(new EntryRow());
            return;
        }
        existing = units.unit(id).orElse(null);
        UnitVersionView current = existing == null ? null : units.details(id).orElse(null);
        if (current == null) {
            existing = null;
            return;
        }
        review = units.review(id).orElse(null);
        UnitData data = current.data();
        name = data.name();
        kind = data.kind();
        faculty = data.faculty();
        department = data.department();
        sites = data.sites();
        buildings = data.buildings();
        rooms = data.rooms();
        headName = data.headName();
        headEmail = data.headEmail();
        contactName = data.contactName();
        contactEmail = data.contactEmail();
        measuresPhysical = data.measuresPhysical();
        measuresDigital = data.measuresDigital();
        measuresOrganisational = data.measuresOrganisational();
        data.entries().forEach(e -> entries.add(new EntryRow(e.entryKey(), e.reason())));
    }

    public void addEntry() {
        entries.add(new EntryRow());
    }

    public void removeEntry(EntryRow row) {
        entries.remove(row);
    }

    public String save() {
        UnitData data = new UnitData(name, kind, faculty, department, sites, buildings, rooms, headName, headEmail, contactName,
                contactEmail, measuresPhysical, measuresDigital, measuresOrganisational,
                entries.stream().filter(r -> r.getEntryKey() != null && !r.getEntryKey().isBlank())
                        .map(r -> new UnitEntry(r.getEntryKey(), null, r.getReason())).toList());
        try {
            UnitSummary saved = existing == null ? editing.create(data) : editing.update(existing.id(), data, existing.version(), note);
            PageMessages.info(UnitsModule.BUNDLE, "unit.saved", saved.name());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/units/unit.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (Refusal refused) {
            PageMessages.refused(refused, UnitFormBean::clientId);
            return null;
        }
    }

    /** {@code entries[2].reason} is the reason field of the third row; {@code entries} the add button. */
    static String clientId(String field) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("entries\\[(\\d+)](\\.reason)?").matcher(field);
        if (row.matches()) {
            return "unit:entries:" + row.group(1) + (row.group(2) != null ? ":reason" : ":entry");
        }
        return "entries".equals(field) ? "unit:addEntry" : "unit:" + field;
    }

    /** The entries of Annex 2 in force today that a unit can work with. */
    public List<TechnologyEntry> getAvailableEntries() {
        return memo.get(this, "available", () -> annex2.inForce(TechnologyListCatalog.ANNEX2, clock.today())
                .map(v -> annex2.entries(v.listCode(), v.number()).stream().filter(e -> !e.retired()).toList())
                .orElse(List.of()));
    }

    public boolean isEditingRegistered() {
        return existing != null && existing.status() == UnitStatus.REGISTERED;
    }

    public boolean isNotFound() {
        return id != null && existing == null;
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public List<EntryRow> getEntries() {
        return entries;
    }

    /** Why the unit needs review (saving the change clears the mark), in the reader's language; empty when it does not. */
    public List<String> getReviewLines() {
        // at render time: the view's locale (the reader's language) is set when the view is built, after load()
        return review == null ? List.of() : ReviewText.lines(review, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public UnitSummary getExisting() {
        return existing;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public String getFaculty() { return faculty; }
    public void setFaculty(String faculty) { this.faculty = faculty; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getSites() { return sites; }
    public void setSites(String sites) { this.sites = sites; }
    public String getBuildings() { return buildings; }
    public void setBuildings(String buildings) { this.buildings = buildings; }
    public String getRooms() { return rooms; }
    public void setRooms(String rooms) { this.rooms = rooms; }
    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public String getHeadEmail() { return headEmail; }
    public void setHeadEmail(String headEmail) { this.headEmail = headEmail; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getMeasuresPhysical() { return measuresPhysical; }
    public void setMeasuresPhysical(String measuresPhysical) { this.measuresPhysical = measuresPhysical; }
    public String getMeasuresDigital() { return measuresDigital; }
    public void setMeasuresDigital(String measuresDigital) { this.measuresDigital = measuresDigital; }
    public String getMeasuresOrganisational() { return measuresOrganisational; }
    public void setMeasuresOrganisational(String measuresOrganisational) { this.measuresOrganisational = measuresOrganisational; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
