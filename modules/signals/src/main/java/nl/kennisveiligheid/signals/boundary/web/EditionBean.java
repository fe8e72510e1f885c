package nl.kennisveiligheid.signals.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.signals.api.EditionDifference;
import nl.kennisveiligheid.signals.api.EditionView;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.control.SanctionsLists;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One edition of a list: what it holds, its file, its editions before and its difference from the one before. */
@Named
@ViewScoped
public class EditionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SanctionsLists lists;

    @Inject
    transient nl.kennisveiligheid.platform.api.ActorNames actors;

    private String source;
    private Long id;
    private EditionView edition;
    private EditionDifference difference;
    private List<EditionView> editions;

    /** Reads the edition of the view parameters; an unknown one is a message on the page. */
    public void load() {
        if (edition != null) {
            return;
        }
        try {
            SanctionsSource list = SanctionsSource.of(source).orElseThrow(() -> Refusal.notFound(
                    nl.kennisveiligheid.signals.control.SignalsModule.BUNDLE, "error.source.notFound", "?"));
            editions = lists.editions(list);
            long editionId = id != null ? id : editions.isEmpty() ? -1 : editions.get(0).id();
            edition = lists.edition(list, editionId);
            difference = lists.difference(list, editionId, null);
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public StreamedContent getFile() {
        if (edition == null) {
            return null;
        }
        byte[] content = lists.file(edition.source(), edition.id());
        String name = edition.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return DefaultStreamedContent.builder().name(name).contentType("application/octet-stream")
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EditionView getEdition() {
        return edition;
    }

    public EditionDifference getDifference() {
        return difference;
    }

    public List<EditionView> getEditions() {
        return editions;
    }

    /** Who loaded an edition, as a reader expects to see it. */
    public nl.kennisveiligheid.platform.api.Text actor(String recorded) {
        return actors.describe(recorded);
    }
}
