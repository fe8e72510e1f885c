package nl.kennisveiligheid.techlist.control;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CsvDownload;
import nl.kennisveiligheid.techlist.api.TechnologyEntry;

/**
 * The export formats of a version (documented in {@code docs/techlist-formats.md}). CSV: UTF-8, a header
 * row, one entry per row, parents by code so that people can edit the file.
 */
public final class ListFormats {

    public static final String[] CSV_COLUMNS = {"key", "code", "parent_code", "title_nl", "title_en", "description_nl",
            "description_en", "references", "retired"};

    private ListFormats() {
    }

    public static String csv(List<TechnologyEntry> entries) {
        Map<String, String> codeByKey = new HashMap<>();
        entries.forEach(e -> codeByKey.put(e.key(), e.code()));
        StringWriter out = new StringWriter();
        try (CsvDownload printer = CsvDownload.to(out, CSV_COLUMNS)) {
            for (TechnologyEntry e : entries) {
                printer.row(e.key(), e.code(), e.parentKey() == null ? "" : codeByKey.getOrDefault(e.parentKey(), ""),
                        e.titleNl(), e.titleEn(), nullToEmpty(e.descriptionNl()), nullToEmpty(e.descriptionEn()),
                        String.join(", ", e.references()), e.retired());
            }
        }
        return out.toString();
    }

    /** An entry as exported to JSON: the parent by code, like the CSV. */
    public record ExportRow(String key, String code, String parentCode, String titleNl, String titleEn, String descriptionNl,
                            String descriptionEn, List<String> references, boolean retired) {
    }

    public static List<ExportRow> exportRows(List<TechnologyEntry> entries) {
        Map<String, String> codeByKey = new HashMap<>();
        entries.forEach(e -> codeByKey.put(e.key(), e.code()));
        return entries.stream().map(e -> new ExportRow(e.key(), e.code(), e.parentKey() == null ? null : codeByKey.get(e.parentKey()),
                e.titleNl(), e.titleEn(), e.descriptionNl(), e.descriptionEn(), e.references(), e.retired())).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
