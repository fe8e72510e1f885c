package nl.kennisveiligheid.techlist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.kennisveiligheid.techlist.api.EntryChange;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;

/** Importing a file into a draft: first a preview (problems by line, or what would change), then, if valid, the import. */
@ApplicationScoped
public class DraftImport {

    /** What a file would do to the draft. */
    public record Preview(List<ListImport.Problem> problems, List<EntryChange> changes, int entries) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    @Inject
    TechnologyLists lists;

    @Inject
    ListEditing editing;

    @Inject
    TechlistSettings settings;

    public long maxBytes() {
        return settings.importMaxBytes();
    }

    public Preview preview(String listCode, int number, byte[] content, String fileName) {
        return read(listCode, number, content, fileName).preview();
    }

    /** Imports the file when it is valid as a whole; returns the preview either way (nothing written when it has problems). */
    public Preview importFile(String listCode, int number, byte[] content, String fileName) {
        Read read = read(listCode, number, content, fileName);
        if (read.result().valid()) {
            editing.replaceEntries(listCode, number, read.result().entries());
        }
        return read.preview();
    }

    /** The file read once against the draft: its entries and the preview. */
    private record Read(ListImport.Result result, Preview preview) {
    }

    private Read read(String listCode, int number, byte[] content, String fileName) {
        editing.draftVersion(listCode, number);
        List<TechnologyEntry> current = lists.entries(listCode, number);
        ListImport.Result result = ListImport.read(content, fileName, maxBytes(), current);
        return new Read(result, new Preview(result.problems(),
                result.valid() ? VersionDiff.between(current, result.entries()) : List.of(), result.entries().size()));
    }
}
