package nl.kennisveiligheid.units.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why a unit needs review: the list version that took effect and each change to an entry the unit works with.
 * Kept as text in a language-neutral form (one line per change) and shown in the reader's language.
 *
 * @param listCode    the technology list, e.g. {@code ANNEX2}
 * @param listVersion the version that took effect
 */
public record ReviewNote(String listCode, int listVersion, List<Change> changes) {

    /** What happened to one entry. */
    public enum Kind { REMOVED, CHANGED, MOVED }

    /**
     * One change to an entry the unit works with.
     *
     * @param code    the entry's code before the change
     * @param newCode the code after a move, otherwise {@code null}
     * @param fields  the fields that changed ({@code titleNl}, {@code descriptionEn}, ...), possibly empty
     */
    public record Change(Kind kind, String code, String newCode, List<String> fields) {

        public Change {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    public ReviewNote {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** The heading of the note, also the note of a version the system carried over: {@code ANNEX2 v2}. */
    public static String heading(String listCode, int listVersion) {
        return listCode + " v" + listVersion;
    }

    /**
     * This note with a later list change added: a unit still waiting for review when the next version takes effect
     * keeps every change it has not seen, under the later version's heading.
     */
    public ReviewNote followedBy(ReviewNote later) {
        List<Change> all = new ArrayList<>(changes);
        later.changes().stream().filter(c -> !all.contains(c)).forEach(all::add);
        return new ReviewNote(later.listCode(), later.listVersion(), all);
    }

    /** The stored form: the heading, then {@code KIND code[ -> new code][ (field,field)]} per line. */
    public String format() {
        StringBuilder note = new StringBuilder(heading(listCode, listVersion));
        for (Change change : changes) {
            note.append('\n').append(change.kind()).append(' ').append(change.code());
            if (change.newCode() != null) {
                note.append(" -> ").append(change.newCode());
            }
            if (!change.fields().isEmpty()) {
                note.append(" (").append(String.join(",", change.fields())).append(')');
            }
        }
        return note.toString();
    }

    /** Reads the stored form back; lines it does not understand are skipped, never fatal. */
    public static ReviewNote parse(String text) {
        String[] lines = text == null ? new String[0] : text.split("\n");
        String listCode = "ANNEX2";
        int version = 0;
        if (lines.length > 0) {
            int at = lines[0].lastIndexOf(" v");
            if (at > 0) {
                listCode = lines[0].substring(0, at).trim();
                version = parseInt(lines[0].substring(at + 2).trim());
            }
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            List<String> fields = List.of();
            int open = line.indexOf(" (");
            if (open > 0 && line.endsWith(")")) {
                fields = Arrays.stream(line.substring(open + 2, line.length() - 1).split(",")).map(String::trim)
                        .filter(f -> !f.isEmpty()).toList();
                line = line.substring(0, open);
            }
            String[] parts = line.split(" ");
            Kind kind = kind(parts[0]);
            if (kind == null || parts.length < 2) {
                continue;
            }
            String newCode = parts.length >= 4 && "->".equals(parts[2]) ? parts[3] : null;
            changes.add(new Change(kind, parts[1], newCode, fields));
        }
        return new ReviewNote(listCode, version, changes);
    }

    private static Kind kind(String name) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
