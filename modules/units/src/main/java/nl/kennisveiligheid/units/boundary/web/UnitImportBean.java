package nl.kennisveiligheid.units.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.kennisveiligheid.platform.api.CsvUpload;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.units.control.UnitImport;
import nl.kennisveiligheid.units.control.UnitEditing;
import nl.kennisveiligheid.units.control.UnitsModule;
import org.primefaces.event.FileUploadEvent;

/** Bulk import of units from a spreadsheet saved as CSV: a preview with every problem by line, then all or nothing. */
@Named
@ViewScoped
public class UnitImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One problem as the page shows it. */
    public record ProblemLine(String where, String column, String message) {
    }

    @Inject
    UnitEditing editing;

    private byte[] uploaded;
    private transient UnitImport.Result preview;
    private List<ProblemLine> problems = List.of();
    private List<UnitImport.Row> rows = List.of();
    private boolean done;

    /** A file chosen: checked on the server (size, encoding, every row) and shown as a preview; nothing written. */
    public void upload(FileUploadEvent event) {
        uploaded = null;
        done = false;
        if (event.getFile().getSize() > UnitImport.MAX_BYTES) {
            show(new UnitImport.Result(List.of(), List.of(new CsvUpload.Problem(0, null, "import.tooLarge", List.of(getLimitKb())))));
            return;
        }
        byte[] content = event.getFile().getContent();
        act(() -> {
            UnitImport.Result result = editing.readImport(content);
            show(result);
            if (result.valid()) {
                uploaded = content;
            }
        });
    }

    /** Creates every unit of the previewed file, or none when something changed since and the file no longer holds. */
    public void apply() {
        if (uploaded == null) {
            return;
        }
        act(() -> {
            UnitImport.Result result = editing.importUnits(uploaded);
            uploaded = null;
            if (result.valid()) {
                PageMessages.info(UnitsModule.BUNDLE, "import.done", result.rows().size());
                done = true;
                show(new UnitImport.Result(List.of(), List.of()));
            } else {
                show(result);
            }
        });
    }

    private void show(UnitImport.Result result) {
        preview = result;
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        rows = result.rows();
        problems = result.problems().stream().map(p -> new ProblemLine(
                p.line() == 0 ? PageMessages.text(UnitsModule.BUNDLE, "import.file", locale)
                        : PageMessages.text(UnitsModule.BUNDLE, "import.line", locale, p.line()),
                p.field() == null ? "" : p.field(),
                PageMessages.text(UnitsModule.BUNDLE, p.messageKey(), locale, p.arguments().toArray()))).toList();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public long getLimitKb() {
        return UnitImport.MAX_BYTES / 1024;
    }

    public long getLimitBytes() {
        return UnitImport.MAX_BYTES;
    }

    public String getTooLargeText() {
        return PageMessages.text(UnitsModule.BUNDLE, "import.tooLarge", FacesContext.getCurrentInstance().getViewRoot().getLocale(), getLimitKb());
    }

    public boolean isPreviewShown() { return preview != null && !done; }
    public boolean isValid() { return preview != null && preview.valid() && uploaded != null; }
    public List<ProblemLine> getProblems() { return problems; }
    public List<UnitImport.Row> getRows() { return rows; }
    public long getToRegister() { return rows.stream().filter(UnitImport.Row::register).count(); }
    public boolean isDone() { return done; }
    public List<String> getColumns() { return UnitImport.COLUMNS; }
}
