package nl.kennisveiligheid.platform.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.kennisveiligheid.platform.api.InstitutionKind;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.platform.control.InstitutionService;
import nl.kennisveiligheid.platform.control.PlatformModule;

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

    private InstitutionSummary editing;
    private String editName;
    private InstitutionKind editKind;
    private String editContactEmail;
    private String editLanguage;
    private String editPostalAddress;

    public String getEditContactEmail() {
        return editContactEmail;
    }

    public void setEditContactEmail(String editContactEmail) {
        this.editContactEmail = editContactEmail;
    }

    public String getEditLanguage() {
        return editLanguage;
    }

    public void setEditLanguage(String editLanguage) {
        this.editLanguage = editLanguage;
    }

    /** Opens the change form for one institution, remembering the version it was read at. */
    public void edit(InstitutionSummary institution) {
        editing = institutions.byId(institution.id()).orElse(null);
        if (editing == null) {
            PageMessages.error(null, PlatformModule.BUNDLE, "institutions.error.unknown");
            return;
        }
        editName = editing.name();
        editKind = editing.kind();
        InstitutionService.Contact contact = institutions.contactOf(editing.id()).orElse(new InstitutionService.Contact(null, "nl", null));
        editContactEmail = contact.email();
        editLanguage = contact.language();
        editPostalAddress = contact.postalAddress();
    }

    /** Saves the change; someone else's change in between is refused with a message and the input is kept. */
    public void save() {
        try {
            institutions.contact(editing.id(), new InstitutionService.Contact(editContactEmail, editLanguage, editPostalAddress));
            InstitutionSummary saved = institutions.update(editing.id(), editName, editKind, editing.version());
            PageMessages.info(PlatformModule.BUNDLE, "institutions.changed", saved.name());
            editing = null;
        } catch (IllegalArgumentException refused) {
            PageMessages.error(null, PlatformModule.BUNDLE, refused.getMessage());
        } catch (nl.kennisveiligheid.platform.api.Refusal refused) {
            PageMessages.refused(refused, field -> "institutions-form:edit" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
        }
    }

    public String getEditPostalAddress() {
        return editPostalAddress;
    }

    public void setEditPostalAddress(String editPostalAddress) {
        this.editPostalAddress = editPostalAddress;
    }

    public void cancel() {
        editing = null;
    }

    public InstitutionSummary getEditing() {
        return editing;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public InstitutionKind getEditKind() {
        return editKind;
    }

    public void setEditKind(InstitutionKind editKind) {
        this.editKind = editKind;
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
