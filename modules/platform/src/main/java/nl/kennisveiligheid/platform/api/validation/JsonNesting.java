package nl.kennisveiligheid.platform.api.validation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.Refusal;

/**
 * The nesting of a JSON text, followed character by character (or byte by byte: JSON's brackets, quotes and
 * backslash are ASCII, and no byte of a multi-byte UTF-8 character is), so that a body nested deeper than
 * {@value #MAX_DEPTH} levels is refused (400) before any parser or binder recurses into it. A parser that builds a
 * tree recursively runs out of stack somewhere between a few thousand and ten thousand levels.
 */
public final class JsonNesting {

    /** The deepest nesting of arrays and objects a body may have. */
    public static final int MAX_DEPTH = 32;

    private int depth;
    private boolean inString;
    private boolean escaped;

    /** Follows one character or byte; refuses at the first level too deep. */
    void next(int c) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > MAX_DEPTH) {
                throw new Refusal(Refusal.Kind.INVALID, Messages.PLATFORM_BUNDLE, "problem.detail.json.depth", List.of(), MAX_DEPTH);
            }
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }

    /** Whether a text is nested deeper than {@value #MAX_DEPTH} levels (for a file read outside REST: a problem line, not a refusal). */
    public static boolean tooDeep(CharSequence text) {
        try {
            check(text);
            return false;
        } catch (Refusal deep) {
            return true;
        }
    }

    /** Refuses (400) a text nested too deep. */
    public static void check(CharSequence text) {
        JsonNesting nesting = new JsonNesting();
        for (int i = 0; i < text.length(); i++) {
            nesting.next(text.charAt(i));
        }
    }

    /** A stream that refuses, while it is read, a body nested too deep (for bodies read as streams: file imports). */
    public static InputStream limited(InputStream in) {
        JsonNesting nesting = new JsonNesting();
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    nesting.next(b);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                for (int i = 0; i < n; i++) {
                    nesting.next(buffer[offset + i] & 0xff);
                }
                return n;
            }
        };
    }
}
