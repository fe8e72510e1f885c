package nl.kennisveiligheid.techlist.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RequestMemo;
import org.primefaces.event.FileUploadEvent;
import nl.kennisveiligheid.techlist.api.EntryChange;
import nl.kennisveiligheid.techlist.api.ListVersionSummary;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;
import nl.kennisveiligheid.techlist.api.TechnologyListCatalog;
import nl.kennisveiligheid.techlist.api.VersionStatus;
import nl.kennisveiligheid.techlist.control.DraftImport;
import nl.kennisveiligheid.techlist.control.ListEditing;
import nl.kennisveiligheid.techlist.control.TechlistModule;
import nl.kennisveiligheid.techlist.control.VersionDiff;

/**
 * List administration: the versions of Annex 2, and the draft: its entries (add, edit, move, retire), the
 * differences from a published version, publication and discarding.
 */
@Named
@ViewScoped
public class ListAdministrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TechnologyListCatalog catalog;

    @Inject
    ListEditing editing;

    @Inject
    RequestMemo memo;

    private final String list = TechnologyListCatalog.ANNEX2;
    private TechnologyEntry editing_;
    private boolean adding;
    private String code;
    private String parentKey;
    private String titleNl;
    private String titleEn;
    private String descriptionNl;
    private String descriptionEn;
    private String references;
    private Integer compareWith;
    private LocalDate effectiveDate;
    private String legalReference;
    private String changeNote;

    public List<ListVersionSummary> getVersions() {
        return memo.get(this, "versions:" + list, () -> catalog.versions(list));
    }

    public ListVersionSummary getDraft() {
        return memo.get(this, "draft:" + list, () -> editing.draft(list).orElse(null));
    }

    public List<TechnologyEntry> getEntries() {
        ListVersionSummary draft = getDraft();
        return draft == null ? List.of() : memo.get(this, "entries:" + list + ":" + draft.number(), () -> catalog.entries(list, draft.number()));
    }

    public int depth(String entryCode) {
        return (int) entryCode.chars().filter(c -> c == '.').count();
    }

    public void createDraft() {
        act(() -> {
            ListVersionSummary draft = editing.createDraft(list);
            PageMessages.info(TechlistModule.BUNDLE, "admin.draft.created", draft.number(), draft.basedOnNumber());
        });
    }

    public void discard() {
        ListVersionSummary draft = getDraft();
        if (draft != null) {
            act(() -> {
                editing.discard(list, draft.number());
                PageMessages.info(TechlistModule.BUNDLE, "admin.draft.discarded", draft.number());
            });
        }
    }

    public void add() {
        clearForm();
        adding = true;
    }

    public void edit(TechnologyEntry entry) {
        clearForm();
        editing_ = entry;
        code = entry.code();
        parentKey = entry.parentKey();
        titleNl = entry.titleNl();
        titleEn = entry.titleEn();
        descriptionNl = entry.descriptionNl();
        descriptionEn = entry.descriptionEn();
        references = String.join(", ", entry.references());
    }

    public void cancel() {
        clearForm();
    }

    public void save() {
        ListVersionSummary draft = getDraft();
        TechnologyEntry entry = new TechnologyEntry(editing_ == null ? null : editing_.key(), code, parentKey, titleNl, titleEn,
                descriptionNl, descriptionEn, references == null ? List.of() : Arrays.asList(references.split(",")),
                editing_ != null && editing_.retired());
        try {
            TechnologyEntry saved = editing.saveEntry(list, draft.number(), entry);
            PageMessages.info(TechlistModule.BUNDLE, "draft.saved", saved.code());
            clearForm();
        } catch (Refusal refused) {
            PageMessages.refused(refused, ListAdministrationBean::clientId);
        }
    }

    public void retire(TechnologyEntry entry, boolean retired) {
        act(() -> {
            editing.retire(list, getDraft().number(), entry.key(), retired);
            PageMessages.info(TechlistModule.BUNDLE, retired ? "draft.retired" : "draft.reinstated", entry.code());
        });
    }

    public List<EntryChange> getChanges() {
        ListVersionSummary draft = getDraft();
        Integer against = compareWith != null ? compareWith : draft == null ? null : draft.basedOnNumber();
        if (draft == null || against == null) {
            return List.of();
        }
        return memo.get(this, "changes:" + list + ":" + against + ":" + draft.number(),
                () -> VersionDiff.between(catalog.entries(list, against), catalog.entries(list, draft.number())));
    }

    public Integer getComparedWith() {
        ListVersionSummary draft = getDraft();
        return compareWith != null ? compareWith : draft == null ? null : draft.basedOnNumber();
    }

    public List<ListVersionSummary> getPublishedVersions() {
        return getVersions().stream().filter(v -> v.status() == VersionStatus.PUBLISHED).toList();
    }

    public void publish() {
        ListVersionSummary draft = getDraft();
        act(() -> {
            ListEditing.PublishOutcome outcome = editing.publish(list, draft.number(), effectiveDate, legalReference, changeNote, draft.version());
            if (outcome == ListEditing.PublishOutcome.PUBLISHED) {
                PageMessages.info(TechlistModule.BUNDLE, "draft.published", draft.number(), String.valueOf(effectiveDate));
            } else {
                PageMessages.info(TechlistModule.BUNDLE, "draft.awaitingApproval", draft.number());
            }
            effectiveDate = null;
            legalReference = null;
            changeNote = null;
        });
    }

    @Inject
    DraftImport imports;

    private byte[] uploaded;
    private String uploadedName;
    private DraftImport.Preview preview;

    public long getImportLimitKb() {
        return imports.maxBytes() / 1024;
    }

    public String getImportTooLargeText() {
        return PageMessages.text(TechlistModule.BUNDLE, "import.tooLarge",
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), getImportLimitKb());
    }

    public long getImportLimitBytes() {
        return imports.maxBytes();
    }

    /** A file chosen: checked on the server again (size, encoding, content) and shown as a preview; nothing written. */
    public void upload(FileUploadEvent event) {
        uploaded = null;
        preview = null;
        if (event.getFile().getSize() > imports.maxBytes()) {
            PageMessages.error(null, TechlistModule.BUNDLE, "import.tooLarge", getImportLimitKb());
            return;
        }
        byte[] content = event.getFile().getContent();
        uploadedName = event.getFile().getFileName();
        act(() -> {
            preview = imports.preview(list, getDraft().number(), content, uploadedName);
            if (preview.valid()) {
                uploaded = content;
            }
        });
    }

    public void applyImport() {
        if (uploaded == null) {
            return;
        }
        act(() -> {
            DraftImport.Preview done = imports.importFile(list, getDraft().number(), uploaded, uploadedName);
            if (done.valid()) {
                PageMessages.info(TechlistModule.BUNDLE, "import.applied", done.entries());
            } else {
                preview = done;
            }
            uploaded = null;
            if (done.valid()) {
                preview = null;
            }
        });
    }

    public DraftImport.Preview getPreview() {
        return preview;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    /** An entry's problem at {@code <code>.<field>} is shown at the form's input for that field. */
    static String clientId(String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        return "draft:" + switch (name) {
            case "key", "null" -> "code";
            case "retired" -> "parent";
            default -> name;
        };
    }

    private void clearForm() {
        editing_ = null;
        adding = false;
        code = null;
        parentKey = null;
        titleNl = null;
        titleEn = null;
        descriptionNl = null;
        descriptionEn = null;
        references = null;
    }

    public boolean isFormOpen() {
        return adding || editing_ != null;
    }

    public TechnologyEntry getEdited() {
        return editing_;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getParentKey() { return parentKey; }
    public void setParentKey(String parentKey) { this.parentKey = parentKey; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(String descriptionNl) { this.descriptionNl = descriptionNl; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getReferences() { return references; }
    public void setReferences(String references) { this.references = references; }
    public Integer getCompareWith() { return compareWith; }
    public void setCompareWith(Integer compareWith) { this.compareWith = compareWith; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getLegalReference() { return legalReference; }
    public void setLegalReference(String legalReference) { this.legalReference = legalReference; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
