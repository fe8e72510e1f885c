package nl.kennisveiligheid.platform.api;

import java.util.List;
import java.util.Objects;

/**
 * A text not yet put into words: a message key in a module's bundle with its arguments. Modules hand these to each
 * other (an extension point's answer, a refusal's argument) so that the reader's language applies where the text is
 * shown. As an argument of another message it is put into words in the same language ({@link PageMessages#text}).
 */
public record Text(String bundle, String key, List<Object> arguments) {

    public Text {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Text of(String bundle, String key, Object... arguments) {
        return new Text(bundle, key, arguments == null ? List.of() : List.of(arguments));
    }
}
