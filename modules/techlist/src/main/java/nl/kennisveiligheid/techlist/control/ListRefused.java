package nl.kennisveiligheid.techlist.control;

import java.util.List;

/** A list administrator's change refused, with the key of the reason in the techlist bundle and, for entries, the problems found. */
public class ListRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Object> arguments;
    private final transient List<EntryValidation.Problem> problems;

    public ListRefused(String messageKey, Object... arguments) {
        this(messageKey, List.of(), arguments);
    }

    public ListRefused(String messageKey, List<EntryValidation.Problem> problems, Object... arguments) {
        super(messageKey);
        this.arguments = List.of(arguments);
        this.problems = List.copyOf(problems);
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    public List<EntryValidation.Problem> problems() {
        return problems;
    }
}
