package nl.kennisveiligheid.signals.control.lists;

import java.util.List;

/** The lists of values a designation gathers from several rows: each value once, in the order first met. */
final class ListValues {

    private ListValues() {
    }

    /** The values of a cell holding several, separated by {@code separator}, trimmed, blanks left out. */
    static List<String> split(String cell, String separator) {
        List<String> out = new java.util.ArrayList<>();
        for (String value : cell.split(java.util.regex.Pattern.quote(separator))) {
            if (!value.isBlank()) {
                out.add(value.trim());
            }
        }
        return out;
    }

    static void addNew(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value)) {
            list.add(value);
        }
    }
}
