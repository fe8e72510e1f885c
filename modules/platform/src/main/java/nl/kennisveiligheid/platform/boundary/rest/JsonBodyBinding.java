package nl.kennisveiligheid.platform.boundary.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.platform.api.ApiParameters;
import nl.kennisveiligheid.platform.api.Causes;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.validation.InputRules;
import nl.kennisveiligheid.platform.api.validation.JsonNesting;
import nl.kennisveiligheid.platform.api.validation.TextRules;

/**
 * A JSON body that does not bind to what the endpoint takes is the caller's mistake, never a server error: not JSON at
 * all, a value of the wrong type ({@code "faculty": []}, {@code "version": "abc"}), an unknown enum constant. Each is a
 * 400 problem naming the field ({@code data.kind}) in the caller's language. Bodies bound to records and classes are
 * read into memory first (at most {@value #MAX_BYTES} bytes, larger is 413) so that the field can be found; streams
 * (file imports) pass untouched.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyBinding implements ReaderInterceptor {

    /** The largest JSON body bound to a record or class. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s.]+)");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        if (!json(context.getMediaType())) {
            return context.proceed();
        }
        if (type == InputStream.class || type == byte[].class || type == String.class || JsonValue.class.isAssignableFrom(type)) {
            // read as it is (file imports), but never deeper than any other JSON body
            context.setInputStream(JsonNesting.limited(context.getInputStream()));
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            ApiParameters.discardRest(context.getInputStream());
            throw new Refusal(Refusal.Kind.TOO_LARGE, Messages.PLATFORM_BUNDLE, "problem.detail.413", List.of());
        }
        String text = new String(body, StandardCharsets.UTF_8);
        refuseForbiddenText(text);
        context.setInputStream(new ByteArrayInputStream(body));
        Object bound;
        try {
            bound = context.proceed();
        } catch (RuntimeException failed) {
            throw refusal(failed, text, type);
        }
        Refusal.refuseIfAny(Messages.PLATFORM_BUNDLE, "problem.detail.validation", InputRules.problems(bound));
        return bound;
    }

    /**
     * Refuses a body nested deeper than {@value JsonNesting#MAX_DEPTH} levels, or with a member name or text that holds a
     * character no field may hold ({@link TextRules}, with the rules of a field of several lines: each field's own
     * rules, such as one line, follow in Bean Validation of the bound record). Naming the field, before binding.
     */
    static void refuseForbiddenText(String body) {
        JsonNesting.check(body);
        JsonValue json = parsed(body);
        if (json != null) {
            forbidden(json, "").ifPresent(problem -> {
                throw Refusal.invalid(Messages.PLATFORM_BUNDLE, "problem.detail.validation", problem.field(), problem.messageKey());
            });
        }
    }

    private static Optional<Refusal.FieldProblem> forbidden(JsonValue node, String path) {
        if (node instanceof JsonString text) {
            return TextRules.characterProblem(text.getString(), true).map(key -> new Refusal.FieldProblem(path, key));
        }
        if (node instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String field = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                Optional<String> name = TextRules.characterProblem(member.getKey(), false);
                if (name.isPresent()) {
                    return Optional.of(new Refusal.FieldProblem(path.isEmpty() ? "" : path, name.get()));
                }
                Optional<Refusal.FieldProblem> inner = forbidden(member.getValue(), field);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        if (node instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<Refusal.FieldProblem> inner = forbidden(array.get(i), path + "[" + i + "]");
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code application/json} or a JSON-based type such as {@code application/merge-patch+json}. */
    private static boolean json(MediaType type) {
        return type != null && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                || "application".equalsIgnoreCase(type.getType()) && type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    /** What went wrong, for the caller: where and what; the failure itself if it is no binding problem. */
    static RuntimeException refusal(RuntimeException failed, String body, Class<?> type) {
        if (!bindingProblem(failed)) {
            return failed;
        }
        JsonParsingException syntax = Causes.find(failed, JsonParsingException.class).orElse(null);
        if (syntax != null || body.isBlank()) {
            long line = syntax == null || syntax.getLocation() == null ? 1 : syntax.getLocation().getLineNumber();
            long column = syntax == null || syntax.getLocation() == null ? 1 : syntax.getLocation().getColumnNumber();
            return new Refusal(Refusal.Kind.INVALID, Messages.PLATFORM_BUNDLE, "problem.detail.json.syntax", List.of(), line, column);
        }
        String messages = messages(failed);
        Matcher enumValue = ENUM.matcher(messages);
        if (enumValue.find()) {
            String field = pathOfValue(body, enumValue.group(2)).orElse(null);
            return Refusal.invalid(Messages.PLATFORM_BUNDLE, "problem.detail.json", field, "problem.field.enum",
                    String.join(", ", constants(enumValue.group(1))));
        }
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(firstMessage(failed));
        while (property.find()) {
            path.add(property.group(1));
        }
        String field = path.isEmpty() ? mismatch(type, null, parsed(body), "").filter(p -> !p.isEmpty()).orElse(null) : String.join(".", path);
        return Refusal.invalid(Messages.PLATFORM_BUNDLE, "problem.detail.json", field, "problem.field.json");
    }

    private static boolean bindingProblem(Throwable failed) {
        return Causes.of(failed).stream().anyMatch(cause -> cause.getClass().getName().startsWith("jakarta.json.")
                || cause instanceof jakarta.ws.rs.ProcessingException);
    }

    /** The message of the outermost JSON-B exception: it names the path from the top ("property 'data' … property 'kind'"). */
    private static String firstMessage(Throwable failed) {
        return Causes.of(failed).stream().filter(cause -> cause.getClass().getName().startsWith("jakarta.json.") && cause.getMessage() != null)
                .map(Throwable::getMessage).findFirst().orElse("");
    }

    private static String messages(Throwable failed) {
        return String.join("\n", Causes.of(failed).stream().map(cause -> String.valueOf(cause.getMessage())).toList());
    }

    private static List<String> constants(String enumClass) {
        try {
            Class<?> type = Class.forName(enumClass, false, Thread.currentThread().getContextClassLoader());
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            if (constants != null) {
                for (Object constant : constants) {
                    names.add(((Enum<?>) constant).name());
                }
            }
            return names;
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }

    private static JsonValue parsed(String body) {
        try {
            return Json.createReader(new StringReader(body)).readValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The first member whose JSON kind cannot be the type the record declares for it (text for a number, a list for a
     * text, ...), for the failures whose message names no property.
     */
    static Optional<String> mismatch(Class<?> type, java.lang.reflect.Type generic, JsonValue value, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL || type == null) {
            return Optional.empty();
        }
        JsonValue.ValueType kind = value.getValueType();
        boolean fits;
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            fits = kind == JsonValue.ValueType.STRING;
        } else if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            fits = kind == JsonValue.ValueType.NUMBER;
        } else if (type == Boolean.class || type == boolean.class) {
            fits = kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE;
        } else if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            fits = kind == JsonValue.ValueType.ARRAY;
            if (fits && generic instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                for (int i = 0; i < value.asJsonArray().size(); i++) {
                    Optional<String> inner = mismatch(element, null, value.asJsonArray().get(i), path + "[" + i + "]");
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
            }
        } else if (type.isRecord()) {
            fits = kind == JsonValue.ValueType.OBJECT;
            if (fits) {
                for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                    Optional<String> inner = mismatch(component.getType(), component.getGenericType(),
                            value.asJsonObject().get(component.getName()), path.isEmpty() ? component.getName() : path + "." + component.getName());
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
            }
        } else {
            fits = true;
        }
        return fits ? Optional.empty() : Optional.of(path);
    }

    /** Where in the body a string value stands ({@code data.kind}, {@code entries[0].kind}). */
    static Optional<String> pathOfValue(String body, String value) {
        return Optional.ofNullable(parsed(body)).flatMap(json -> find(json, value, ""));
    }

    private static Optional<String> find(JsonValue node, String value, String path) {
        if (node instanceof JsonString text) {
            return text.getString().equals(value) ? Optional.of(path) : Optional.empty();
        }
        if (node instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                Optional<String> found = find(member.getValue(), value, path.isEmpty() ? member.getKey() : path + "." + member.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<String> found = find(array.get(i), value, path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
