package nl.kennisveiligheid.signals.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.signals.api.EditionPreview;
import nl.kennisveiligheid.signals.api.EditionView;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.control.EditionLoading;
import nl.kennisveiligheid.signals.control.SanctionsLists;
import nl.kennisveiligheid.signals.control.SignalsModule;
import nl.kennisveiligheid.signals.control.SignalsSettings;
import org.primefaces.event.FileUploadEvent;

/** The sanctions lists screen: every list with its edition in force; loading an edition with a preview first. */
@Named
@ViewScoped
public class SanctionsListsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the screen: a list and its edition in force (null: none). */
    public record Row(SanctionsSource source, boolean binding, EditionView inForce) {
    }

    @Inject
    transient SanctionsLists lists;

    @Inject
    transient nl.kennisveiligheid.platform.api.ActorNames actors;

    @Inject
    transient EditionLoading loading;

    @Inject
    transient SignalsSettings settings;

    @Inject
    transient CurrentUser currentUser;

    private SanctionsSource source = SanctionsSource.UN;
    private LocalDate publishedOn;
    private byte[] uploaded;
    private String uploadedName;
    private EditionPreview preview;
    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            List<EditionView> inForce = lists.inForce();
            rows = Arrays.stream(SanctionsSource.values()).map(s -> new Row(s, s.binding(),
                    inForce.stream().filter(e -> e.source() == s).findFirst().orElse(null))).toList();
        }
        return rows;
    }

    public boolean isNothingLoaded() {
        return getRows().stream().allMatch(r -> r.inForce() == null);
    }

    public boolean isListAdmin() {
        return currentUser.hasRole(Role.LIST_ADMIN);
    }

    public SanctionsSource[] getSources() {
        return SanctionsSource.values();
    }

    public long getLimitBytes() {
        return settings.listMaxBytes();
    }

    public void upload(FileUploadEvent event) {
        uploaded = null;
        preview = null;
        try {
            byte[] content = event.getFile().getInputStream().readAllBytes();
            uploadedName = event.getFile().getFileName();
            preview = loading.preview(source, content, publishedOn);
            uploaded = content;
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        } catch (IOException e) {
            PageMessages.error(null, SignalsModule.BUNDLE, "file.zipBroken");
        }
    }

    public void apply() {
        if (uploaded == null) {
            PageMessages.error(null, SignalsModule.BUNDLE, "load.noFile");
            return;
        }
        try {
            EditionPreview done = loading.apply(source, uploaded, uploadedName, publishedOn);
            PageMessages.info(SignalsModule.BUNDLE, "load.applied", PageMessages.text(SignalsModule.BUNDLE, "source." + source,
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()), done.difference().added(),
                    done.difference().removed(), done.difference().changed());
            preview = done;
            rows = null;
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        } finally {
            uploaded = null;
        }
    }

    public void cancel() {
        uploaded = null;
        preview = null;
    }

    public boolean isAwaitingApply() {
        return uploaded != null && preview != null && preview.applied() == null;
    }

    public SanctionsSource getSource() {
        return source;
    }

    public void setSource(SanctionsSource source) {
        this.source = source == null ? SanctionsSource.UN : source;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public EditionPreview getPreview() {
        return preview;
    }

    /** Who loaded an edition, as a reader expects to see it. */
    public nl.kennisveiligheid.platform.api.Text actor(String recorded) {
        return actors.describe(recorded);
    }
}
