package nl.kennisveiligheid.signals.control.lists;

import java.util.List;

/** The lists of values a designation gathers from several rows: each value once, in the order first met. */
final class ListValues {

    private ListValues() {
    }

    static void addNew(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value)) {
            list.add(value);
        }
    }
}
