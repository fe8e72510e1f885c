package nl.kennisveiligheid.signals.control.lists;

import java.util.List;

/**
 * A file that is not what it claims to be: the message key in the signals bundle and its arguments. Nothing of such a
 * file is stored.
 */
public class ListFileProblem extends RuntimeException {

    private final String key;
    private final transient List<Object> arguments;

    public ListFileProblem(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
