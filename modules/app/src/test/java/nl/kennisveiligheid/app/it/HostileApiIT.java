package nl.kennisveiligheid.app.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import nl.kennisveiligheid.platform.api.InstitutionKind;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.validation.TextRules;
import nl.kennisveiligheid.platform.control.InstitutionService;
import nl.kennisveiligheid.platform.control.identity.ApiTokens;
import nl.kennisveiligheid.units.UnitFixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input against <em>every operation of the OpenAPI document</em> (issue 11), so that a new endpoint is
 * covered without anyone adding it here: per operation hostile path and query parameters, malformed bodies, and per
 * body field wrong JSON types, unknown enum values, empty and very long strings, control and bidirectional
 * characters, half surrogate pairs, markup and template syntax, impossible and far dates, huge and negative numbers;
 * file uploads with broken and hostile files. Every answer must be below 500; every error problem+json with its
 * texts formatted; a request holding a forbidden character is never accepted; and afterwards nothing the walk's
 * institution can read holds such a character.
 *
 * <p>It fails when a resource method is missing from the OpenAPI document or a request body has no schema, so nothing
 * escapes it. It works in an institution of its own, with a token per role, on a technology list of its own and on
 * equated days in 2199, so its data disturbs no other test. A path parameter it does not know a value for fails the
 * test naming it: add the value in {@link #baseValue}.
 */
@ExtendWith(ArquillianExtension.class)
class HostileApiIT {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(HostileApiIT.class.getName());
    private static final String API = "/api/v1";
    private static final Pattern UNFORMATTED = Pattern.compile("\\{\\d+(,[^}]*)?\\}");
    private static final String LONG = "a".repeat(10_001);

    /** Strings for every text field and parameter; those marked forbidden must never be accepted. */
    private static final List<Hostile> STRINGS = List.of(
            new Hostile("\"\"", false), new Hostile("\" \"", false), new Hostile(json(LONG), false),
            new Hostile(json("é".repeat(301)), false), new Hostile(json("😀".repeat(150)), false),
            new Hostile("\"a\\u0000b\"", true), new Hostile("\"\\u0000\"", true), new Hostile("\"bell\\u0007\"", true),
            new Hostile("\"esc\\u001b[31m\"", true), new Hostile("\"c1\\u0085\"", true),
            new Hostile("\"line\\nbreak\"", false), new Hostile("\"tab\\tbed\"", false), new Hostile("\"cr\\r\"", false),
            new Hostile("\"\\u202eevil.exe\"", true), new Hostile("\"x\\u2066y\\u2069\"", true), new Hostile("\"\\u202a\"", true),
            new Hostile("\"half\\ud800\"", true), new Hostile("\"\\udc00low\"", true),
            new Hostile(json("<script>alert(1)</script>"), false), new Hostile(json("<img src=x onerror=alert(1)>"), false),
            new Hostile(json("${7*7}"), false), new Hostile(json("#{7*7}"), false), new Hostile(json("{{7*7}}"), false),
            new Hostile(json("{0}"), false), new Hostile(json("' OR '1'='1' --"), false), new Hostile(json("../../etc/passwd"), false),
            new Hostile(json("=HYPERLINK(\"http://evil.example\")"), false), new Hostile(json("%00%2e%2e"), false),
            new Hostile(json("0000-01-01"), false), new Hostile(json("9999-12-31"), false), new Hostile(json("2026-02-30"), false),
            new Hostile(json("+10000-01-01"), false), new Hostile(json("-1"), false));

    /** Other JSON types where a text belongs. */
    private static final List<Hostile> NOT_TEXT = List.of(new Hostile("1", false), new Hostile("true", false),
            new Hostile("[]", false), new Hostile("{}", false), new Hostile("[\"x\"]", false));

    private static final List<Hostile> NUMBERS = List.of(new Hostile("-1", false), new Hostile("0", false),
            new Hostile("2147483648", false), new Hostile("9223372036854775808", false), new Hostile("1e400", false),
            new Hostile("-1e400", false), new Hostile("1.5", false), new Hostile("\"abc\"", false), new Hostile("\"1\"", false),
            new Hostile("true", false), new Hostile("[]", false), new Hostile("{}", false));

    private static final List<Hostile> BOOLEANS = List.of(new Hostile("\"yes\"", false), new Hostile("2", false),
            new Hostile("[]", false), new Hostile("{}", false));

    private static final List<Hostile> ENUMS = List.of(new Hostile("\"NOT_A_KIND\"", false), new Hostile("\"\"", false),
            new Hostile("\"laboratory\"", false), new Hostile("\"\\u0000\"", true));

    private static final List<Hostile> ARRAYS = List.of(new Hostile("{}", false), new Hostile("\"x\"", false),
            new Hostile("[null]", false), new Hostile("[1]", false), new Hostile("[[]]", false));

    private static final List<Hostile> OBJECTS = List.of(new Hostile("[]", false), new Hostile("\"x\"", false), new Hostile("1", false));

    /** Well-formed JSON nested 10,000 levels deep: a parser that recurses runs out of stack on it. */
    private static final String DEEP_ARRAY = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

    /** Whole bodies that are no JSON of the right shape. */
    private static final List<Hostile> BODIES = List.of(new Hostile("", false), new Hostile("{", false), new Hostile("[]", false),
            new Hostile("null", false), new Hostile("\"x\"", false), new Hostile("1", false), new Hostile("{\"a\":", false),
            new Hostile("\uFEFF{}", false), new Hostile("[".repeat(10_000), false), new Hostile("{\"a\":".repeat(5_000), false),
            new Hostile(DEEP_ARRAY, false), new Hostile(DEEP_OBJECT, false),
            new Hostile("{\"\\u0000\":1}", true), new Hostile("{\"a\":1,\"a\":2}", false), new Hostile("{\"x\":\"" + "y".repeat(1_100_000) + "\"}", false));

    /** Values for query and path parameters (already URL-encoded). */
    private static final List<Hostile> PARAMETERS = List.of(new Hostile("abc", false), new Hostile("-1", false), new Hostile("0", false),
            new Hostile("1.5", false), new Hostile("99999999999999999999", false), new Hostile("2147483648", false),
            new Hostile("0000-01-01", false), new Hostile("9999-12-31", false), new Hostile("2026-02-30", false),
            new Hostile("%20", false), new Hostile("", false), new Hostile("a%00b", true), new Hostile("%07", true),
            new Hostile("%E2%80%AEevil", true), new Hostile("%ED%A0%80", false), new Hostile("%3Cscript%3Ealert(1)%3C%2Fscript%3E", false),
            new Hostile("%24%7B7*7%7D", false), new Hostile("%27%20OR%20%271%27%3D%271", false), new Hostile("..%2F..%2Fetc", false),
            new Hostile("x".repeat(3_000), false), new Hostile("%25", false), new Hostile("true", false));

    /** File uploads (CSV imports). */
    private static final List<Hostile> FILES = List.of(new Hostile("", false), new Hostile("\u0000\u0001\u0002", true),
            new Hostile("only;a;header", false), new Hostile("name;kind\n\"unclosed;LABORATORY\n", false),
            new Hostile("name;kind;entries\na\u0000b;LABORATORY;annex2-quantum\n", true),
            new Hostile("name;kind;entries\n\u202eevil;LABORATORY;annex2-quantum\n", true),
            new Hostile("key,code,parent_key,title_nl,title_en\nk\u0000,1A1,,t\u202e,t\n", true),
            new Hostile("=cmd|' /C calc'!A0;@SUM(1+1)\n", false), new Hostile("x".repeat(3 * 1024 * 1024), false));

    record Hostile(String value, boolean forbidden) {
    }

    /** One request of the walk and what it must not get. */
    record Call(String method, String path, String token, String contentType, String body, boolean forbidden, String what, String... header) {
    }

    /** Headers a client may send wrong (each sent once per operation, with a body that changes nothing). */
    private static final List<String[]> HEADERS = List.of(new String[] {"Accept", "application/xml"},
            new String[] {"Accept", "text/html;q=abc, */*;q=x"}, new String[] {"Accept-Language", ";;;q=abc,xx-!!,*"},
            new String[] {"Accept-Language", "zz-ZZ"}, new String[] {"X-Correlation-Id", "<script>alert(1)</script>"},
            new String[] {"Content-Type", "application/json; charset=nope"}, new String[] {"Content-Type", "application/json; charset=UTF-16"},
            new String[] {"Content-Type", "multipart/form-data; boundary=x"}, new String[] {"If-Match", "\"garbage\""});

    @ArquillianResource
    URL base;

    @Inject
    InstitutionService institutions;

    @Inject
    ApiTokens tokens;

    @Inject
    nl.kennisveiligheid.platform.control.identity.UserAccounts users;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private final Map<Role, String> roleTokens = new LinkedHashMap<>();
    private int requests;
    private long institutionId;
    private long unitId;
    private long requestId;
    private long attachmentId;
    private long editionId;
    private long mailId;
    private String listCode;
    private String conditionCode;
    private int draftNumber;

    @Test
    void everyOperationOfTheOpenApiDocumentSurvivesHostileInput() throws Exception {
        long started = System.nanoTime();
        JsonObject openApi = parse("/openapi", get("/openapi", null, "application/json").body()).asJsonObject();
        JsonObject paths = openApi.getJsonObject("paths");
        assertEveryResourceMethodIsDocumented(paths);
        assertEveryBodyHasASchema(paths);
        setUpOwnInstitution();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                walk(openApi, path.getKey(), operation.getKey().toUpperCase(Locale.ROOT), operation.getValue().asJsonObject());
                operations++;
            }
        }
        assertNothingForbiddenStored();
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format(Locale.ROOT, "HostileApiIT: %d operations, %d requests in %.1f s", operations, requests, seconds));
        failures.forEach(failure -> LOG.warning("HostileApiIT failure: " + failure));
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + requests + " hostile requests were answered wrongly, the first:\n"
                    + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
        assertTrue(requests > 1000, "the walk sent " + requests + " requests: did the OpenAPI document lose its operations?");
    }

    // ---------------------------------------------------------------- completeness

    /** Every JAX-RS resource method of every module jar (test support aside) is an operation of the document. */
    private void assertEveryResourceMethodIsDocumented(JsonObject paths) throws Exception {
        List<String> missing = new ArrayList<>();
        int methods = 0;
        for (Class<?> resource : resourceClasses()) {
            String root = API + "/" + trim(resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                Optional<String> verb = httpMethod(method);
                if (verb.isEmpty()) {
                    continue;
                }
                methods++;
                Path sub = method.getAnnotation(Path.class);
                String full = (sub == null ? root : root + "/" + trim(sub.value())).replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
                JsonObject documented = paths.getJsonObject(full);
                if (documented == null || !documented.containsKey(verb.get().toLowerCase(Locale.ROOT))) {
                    missing.add(verb.get() + " " + full + " (" + resource.getSimpleName() + "." + method.getName() + ")");
                }
            }
        }
        assertTrue(methods > 20, "found only " + methods + " resource methods in the module jars");
        assertTrue(missing.isEmpty(), "resource methods missing from the OpenAPI document (so from this test): " + missing);
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** The {@code @Path} classes of the module jars beside the platform's, test-support resources aside. */
    private static List<Class<?>> resourceClasses() throws Exception {
        URL platform = nl.kennisveiligheid.platform.api.Refusal.class.getProtectionDomain().getCodeSource().getLocation();
        File jar = new File(platform.toURI());
        File lib = jar.getParentFile();
        assertTrue(jar.isFile() && lib.isDirectory(), "the platform's classes are not in a jar of WEB-INF/lib: " + platform);
        List<Class<?>> resources = new ArrayList<>();
        File[] jars = lib.listFiles((dir, name) -> name.endsWith(".jar"));
        for (File file : jars == null ? new File[0] : jars) {
            try (JarFile archive = new JarFile(file)) {
                Enumeration<JarEntry> entries = archive.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith("nl/kennisveiligheid/") && name.endsWith(".class") && !name.contains("/testsupport/")) {
                        Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""), false, HostileApiIT.class.getClassLoader());
                        if (type.isAnnotationPresent(Path.class)) {
                            resources.add(type);
                        }
                    }
                }
            }
        }
        assertTrue(resources.size() >= 5, "found only " + resources.size() + " resource classes in " + lib);
        return resources;
    }

    private static void assertEveryBodyHasASchema(JsonObject paths) {
        List<String> without = new ArrayList<>();
        paths.forEach((path, operations) -> operations.asJsonObject().forEach((verb, operation) -> {
            JsonObject body = operation.asJsonObject().getJsonObject("requestBody");
            if (body != null) {
                body.getJsonObject("content").forEach((type, content) -> {
                    JsonObject schema = content.asJsonObject().getJsonObject("schema");
                    if (schema == null || (!schema.containsKey("$ref") && !schema.containsKey("type"))
                            || ("object".equals(schema.getString("type", "")) && !schema.containsKey("properties"))) {
                        without.add(verb.toUpperCase(Locale.ROOT) + " " + path + " " + type);
                    }
                });
            }
        }));
        assertTrue(without.isEmpty(), "request bodies without a schema in the OpenAPI document: " + without);
    }

    // ---------------------------------------------------------------- the walk's own data

    private void setUpOwnInstitution() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        institutionId = institutions.create("HOSTILE-" + suffix, "Hostile walk " + suffix, InstitutionKind.UNIVERSITY).id();
        for (Role role : Role.values()) { // a person of each role (the institution's of the walk's institution), by their personal token
            roleTokens.put(role, TestPeople.personalToken(users, tokens, "hostile-" + suffix.toLowerCase(Locale.ROOT) + "-" + role.name().toLowerCase(Locale.ROOT),
                    role, institutionId));
        }
        String officer = roleTokens.get(Role.INSTITUTION_OFFICER);
        InContainerRestClient client = new InContainerRestClient(base);
        unitId = UnitFixtures.unit("Hostile walk " + suffix).complete().created(client::send, officer).id();
        requestId = Long.parseLong(InContainerRestClient.first(client.send("POST", API + "/screening-requests", officer,
                nl.kennisveiligheid.screening.ScreeningFixtures.request(unitId).json()), "\"id\":(\\d+)"));
        attachmentId = Long.parseLong(InContainerRestClient.first(http.send(HttpRequest.newBuilder(URI.create(base.toExternalForm()
                        .replaceAll("/$", "") + API + "/screening-requests/" + requestId + "/attachments?kind=CV"))
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(nl.kennisveiligheid.screening.ScreeningFixtures.pdf())).build(),
                HttpResponse.BodyHandlers.ofString()).body(), "\"id\":(\\d+)"));
        String mails = client.send("GET", API + "/outbox?size=1", roleTokens.get(Role.SYSTEM_ADMIN), null);
        mailId = mails.contains("\"id\":") ? Long.parseLong(InContainerRestClient.first(mails, "\"id\":(\\d+)")) : 0;
        editionId = Long.parseLong(InContainerRestClient.first(client.upload("POST", API + "/sanctions-lists/NL/editions", roleTokens.get(Role.LIST_ADMIN),
                "text/csv", ("reference,kind,name,name_type,birth_dates,birth_places,nationalities,regime,listed_on\nHOSTILE-" + suffix
                        + ",ENTITY,Hostile walk " + suffix + ",PRIMARY,,,,Test,2026-01-01\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).body(),
                "\"applied\":\\{[^}]*\"id\":(\\d+)"));
        listCode = "HOSTILE-" + suffix;
        conditionCode = "HOSTILE_" + suffix.replace('-', '_');
        client.send("POST", API + "/assessments/conditions", roleTokens.get(Role.AUTHORITY_DECIDER), "{\"code\":\"" + conditionCode
                + "\",\"textNl\":\"Vijandig voorschrift\",\"textEn\":\"Hostile condition\"}");
        String admin = roleTokens.get(Role.LIST_ADMIN);
        client.send("POST", API + "/technology-lists", admin, "{\"code\":\"" + listCode + "\",\"nameNl\":\"Vijandige lijst\",\"nameEn\":\"Hostile list\"}");
        String draft = client.send("POST", API + "/technology-lists/" + listCode + "/drafts", admin, null);
        draftNumber = Integer.parseInt(InContainerRestClient.first(draft, "\"number\":(\\d+)"));
    }

    /** A valid value of a path parameter, in the walk's own data. */
    private String baseValue(String path, String name) {
        switch (name) {
            case "id":
                if (path.startsWith(API + "/institutions")) {
                    return String.valueOf(institutionId);
                }
                if (path.startsWith(API + "/units")) {
                    return String.valueOf(unitId);
                }
                if (path.startsWith(API + "/screening-requests") || path.startsWith(API + "/assessments")) {
                    return String.valueOf(requestId);
                }
                if (path.startsWith(API + "/decisions") || path.startsWith(API + "/objections") || path.startsWith(API + "/appeals")) {
                    return "1";
                }
                if (path.startsWith(API + "/outbox")) {
                    return String.valueOf(mailId);
                }
                break;
            case "code":
                return conditionCode;
            case "attachmentId":
                return String.valueOf(attachmentId);
            case "signalId":
                return "1";
            case "source":
                return "NL";
            case "editionId":
                return String.valueOf(editionId);
            case "indicator":
                return "THREAT_ASSESSMENT";
            case "country":
                return "NL";
            case "list":
                return listCode;
            case "number":
                return String.valueOf(draftNumber);
            case "key":
                return "hostile-key";
            case "date":
                return "2199-12-30";
            default:
                break;
        }
        fail("HostileApiIT knows no value for path parameter '" + name + "' of " + path + ": add one in baseValue, in the walk's own data");
        return null;
    }

    // ---------------------------------------------------------------- the walk

    private void walk(JsonObject openApi, String path, String method, JsonObject operation) throws Exception {
        List<JsonObject> parameters = new ArrayList<>();
        JsonArray declared = operation.getJsonArray("parameters");
        if (declared != null) {
            declared.forEach(p -> parameters.add(p.asJsonObject()));
        }
        Map<String, String> pathValues = new LinkedHashMap<>();
        parameters.stream().filter(p -> "path".equals(p.getString("in"))).forEach(p -> pathValues.put(p.getString("name"), baseValue(path, p.getString("name"))));
        JsonObject content = operation.containsKey("requestBody") ? operation.getJsonObject("requestBody").getJsonObject("content") : null;
        // a file upload (a schema of type string) is sent as its first media type; a record as JSON
        JsonObject json = content == null || !content.containsKey("application/json") ? null
                : resolve(openApi, content.getJsonObject("application/json").getJsonObject("schema"));
        boolean file = content != null && (json == null || !json.containsKey("properties"));
        String bodyType = content == null ? null : file ? content.keySet().stream().filter(t -> !t.contains("json")).findFirst()
                .orElse("application/octet-stream") : "application/json";
        JsonObject schema = file ? null : json;
        String baseBody = content == null ? null : file ? "" : baseJson(openApi, schema, 0);

        for (String token : allowedTokens(method, path, pathValues, bodyType)) {
            // headers a client may get wrong, and the methods the path does not take
            for (String[] header : HEADERS) {
                check(new Call(method, expand(path, harmless(method, pathValues)), token, header[0].equals("Content-Type") ? header[1] : bodyType,
                        bodyType == null ? null : "application/json".equals(bodyType) ? "{" : "", false, "header " + header[0] + ": " + header[1], header));
            }
            check(new Call("PATCH", expand(path, pathValues), token, null, null, false, "method PATCH"));
            // path parameters
            for (String name : pathValues.keySet()) {
                for (Hostile value : PARAMETERS) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(name, value.value());
                    check(new Call(method, expand(path, values), token, bodyType, baseBody, value.forbidden(), "path " + name + "=" + shorten(value.value())));
                }
            }
            // query parameters
            for (JsonObject parameter : parameters) {
                if (!"query".equals(parameter.getString("in"))) {
                    continue;
                }
                for (Hostile value : PARAMETERS) {
                    check(new Call(method, expand(path, pathValues) + "?" + parameter.getString("name") + "=" + value.value(), token, bodyType,
                            baseBody, value.forbidden(), "query " + parameter.getString("name") + "=" + shorten(value.value())));
                }
            }
            if (bodyType == null) {
                continue;
            }
            String target = expand(path, pathValues) + (parameters.stream().anyMatch(p -> "dryRun".equals(p.getString("name"))) ? "?dryRun=true" : "");
            if (!"application/json".equals(bodyType)) {
                for (Hostile upload : FILES) {
                    check(new Call(method, target, token, bodyType, upload.value(), upload.forbidden(), "file " + shorten(upload.value())));
                }
                if (content.containsKey("application/json")) { // a file that may be JSON: never deeper than any JSON body
                    for (String deep : List.of(DEEP_ARRAY, DEEP_OBJECT)) {
                        check(new Call(method, target, token, "application/json", deep, false, "JSON file " + shorten(deep)));
                    }
                }
                continue;
            }
            // whole bodies, and a body of another type
            for (Hostile body : BODIES) {
                check(new Call(method, target, token, bodyType, body.value(), body.forbidden(), "body " + shorten(body.value())));
            }
            check(new Call(method, target, token, "text/plain", baseBody, false, "body as text/plain"));
            check(new Call(method, target, token, "application/xml", "<x/>", false, "body as XML"));
            // every field
            JsonObject baseObject = parse("the base body of " + method + " " + path, baseBody).asJsonObject();
            for (Map.Entry<String, List<Hostile>> field : fieldValues(openApi, schema, "", 0).entrySet()) {
                for (Hostile value : field.getValue()) {
                    String body = replaced(baseObject, field.getKey(), value.value());
                    check(new Call(method, target, token, bodyType, body, value.forbidden(), "field " + field.getKey() + "=" + shorten(value.value())));
                }
            }
        }
    }

    /**
     * The tokens that may call the operation (not 401 or 403), at most one of an institution and one of the
     * authority: found with a request that changes nothing (a GET, a body that is no JSON, or ids that do not exist).
     */
    private List<String> allowedTokens(String method, String path, Map<String, String> pathValues, String bodyType) throws Exception {
        Map<String, String> probeValues = harmless(method, pathValues);
        String body = bodyType == null ? null : "application/json".equals(bodyType) ? "{" : "";
        List<String> allowed = new ArrayList<>();
        boolean institution = false;
        boolean authority = false;
        for (Map.Entry<Role, String> token : roleTokens.entrySet()) {
            boolean institutional = token.getKey().isInstitutional();
            if (institutional ? institution : authority) {
                continue;
            }
            HttpResponse<String> answer = check(new Call(method, expand(path, probeValues), token.getValue(), bodyType, body, false, "probe " + token.getKey()));
            if (answer != null && answer.statusCode() != 401 && answer.statusCode() != 403) {
                allowed.add(token.getValue());
                institution |= institutional;
                authority |= !institutional;
            }
        }
        if (allowed.isEmpty()) {
            failures.add(method + " " + path + ": no role may call it (every token got 401 or 403)");
        }
        return allowed;
    }

    /** The path values as they are for a GET; for any other method values of nothing that exists, so that nothing changes. */
    private static Map<String, String> harmless(String method, Map<String, String> pathValues) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        if (!"GET".equals(method)) {
            values.replaceAll((name, value) -> "date".equals(name) ? "2199-12-29" : "0");
        }
        return values;
    }

    private static String expand(String path, Map<String, String> values) {
        String expanded = path;
        for (Map.Entry<String, String> value : values.entrySet()) {
            expanded = expanded.replace("{" + value.getKey() + "}", value.getValue());
        }
        return expanded;
    }

    private HttpResponse<String> check(Call call) {
        HttpResponse<String> answer;
        try {
            answer = send(call);
        } catch (Exception e) {
            failures.add(call.method() + " " + shorten(call.path()) + " [" + call.what() + "]: no answer (" + e + ")");
            return null;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String where = call.method() + " " + shorten(call.path()) + " [" + call.what() + "] -> " + answer.statusCode() + " ";
        if (answer.statusCode() == 400 && answer.body().isEmpty() && call.path().contains("%00") && !call.path().contains("?")) {
            // Payara's HTTP layer refuses an encoded NUL in a path before any application code (no body, no stack trace)
            return answer;
        }
        if (answer.statusCode() >= 500) {
            failures.add(where + shorten(answer.body()));
        } else if (answer.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(where + "as " + type + ", not problem+json: " + shorten(answer.body()));
        } else if (answer.statusCode() >= 400 && (UNFORMATTED.matcher(answer.body()).find() || answer.body().contains("Exception"))) {
            failures.add(where + "an unformatted or technical text: " + shorten(answer.body()));
        } else if (answer.statusCode() / 100 == 2 && call.forbidden()) {
            failures.add(where + "accepted a forbidden character");
        }
        return answer;
    }

    private HttpResponse<String> send(Call call) throws Exception {
        requests++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + call.path()))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + call.token())
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.body() != null) {
            request.header("Content-Type", call.contentType() == null ? "application/json" : call.contentType());
        }
        if (call.header().length == 2 && !"Content-Type".equals(call.header()[0])) {
            request.header(call.header()[0], call.header()[1]);
        } else if (requests % 2 == 0) {
            request.header("Accept-Language", "en");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "") + path)).header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        requests++;
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------- bodies from the schema

    private static JsonObject resolve(JsonObject openApi, JsonObject schema) {
        if (schema != null && schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        return schema;
    }

    /** A body of the schema's shape with harmless values (a text, the first enum constant, 0, false, one item). */
    private static String baseJson(JsonObject openApi, JsonObject schema, int depth) {
        JsonObject resolved = resolve(openApi, schema);
        if (resolved.containsKey("enum")) {
            return resolved.getJsonArray("enum").get(0).toString();
        }
        switch (resolved.getString("type", "object")) {
            case "string":
                return "\"Hostile walk\"";
            case "integer":
            case "number":
                return "0";
            case "boolean":
                return "false";
            case "array":
                return depth > 3 ? "[]" : "[" + baseJson(openApi, resolved.getJsonObject("items"), depth + 1) + "]";
            default:
                StringBuilder json = new StringBuilder("{");
                JsonObject properties = resolved.getJsonObject("properties");
                if (properties != null && depth <= 3) {
                    properties.forEach((name, property) -> json.append(json.length() > 1 ? "," : "").append(json(name)).append(':')
                            .append(baseJson(openApi, property.asJsonObject(), depth + 1)));
                }
                return json.append('}').toString();
        }
    }

    /** Per field path ({@code data.entries[0].reason}) the hostile values its type calls for. */
    private static Map<String, List<Hostile>> fieldValues(JsonObject openApi, JsonObject schema, String path, int depth) {
        Map<String, List<Hostile>> values = new LinkedHashMap<>();
        JsonObject resolved = resolve(openApi, schema);
        String type = resolved.getString("type", "object");
        if (resolved.containsKey("enum")) {
            values.put(path, concat(ENUMS, NOT_TEXT));
        } else if ("string".equals(type)) {
            values.put(path, concat(STRINGS, NOT_TEXT));
        } else if ("integer".equals(type) || "number".equals(type)) {
            values.put(path, NUMBERS);
        } else if ("boolean".equals(type)) {
            values.put(path, BOOLEANS);
        } else if ("array".equals(type)) {
            values.put(path, ARRAYS);
            if (depth <= 3) {
                values.putAll(fieldValues(openApi, resolved.getJsonObject("items"), path + "[0]", depth + 1));
            }
        } else {
            if (!path.isEmpty()) {
                values.put(path, OBJECTS);
            }
            JsonObject properties = resolved.getJsonObject("properties");
            if (properties != null && depth <= 3) {
                properties.forEach((name, property) -> values.putAll(fieldValues(openApi, property.asJsonObject(),
                        path.isEmpty() ? name : path + "." + name, depth + 1)));
            }
        }
        return values;
    }

    private static List<Hostile> concat(List<Hostile> first, List<Hostile> second) {
        List<Hostile> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The base body with the value at {@code path} replaced by the JSON text {@code value}. */
    private static String replaced(JsonValue node, String path, String value) {
        if (path.isEmpty()) {
            return value;
        }
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        if (node instanceof JsonArray array) {
            String rest = path.substring(path.indexOf(']') + 1).replaceFirst("^\\.", "");
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; i < array.size(); i++) {
                json.append(i == 0 ? "" : ",").append(i == 0 ? replaced(array.get(0), rest, value) : array.get(i).toString());
            }
            return json.append(']').toString();
        }
        JsonObject object = node.asJsonObject();
        int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
        String name = end < 0 ? path : path.substring(0, end);
        String rest = end < 0 ? "" : path.substring(end).replaceFirst("^\\.", "");
        StringBuilder json = new StringBuilder("{");
        object.forEach((member, inner) -> json.append(json.length() > 1 ? "," : "").append(json(member)).append(':')
                .append(member.equals(name) ? replaced(inner, rest, value) : inner.toString()));
        return json.append('}').toString();
    }

    private static JsonValue parse(String what, String json) {
        try {
            return Json.createReader(new StringReader(json)).readValue();
        } catch (RuntimeException e) {
            throw new AssertionError(what + " is no JSON (" + e.getMessage() + "): " + shorten(json), e);
        }
    }

    /** {@code text} as a JSON string (without a JSON provider: the class is loaded on the client too). */
    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String shorten(String text) {
        String flat = text == null ? "" : text.replace("\n", "\\n");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }

    // ---------------------------------------------------------------- what was stored

    /** Nothing the walk's institution (and the list administrator, for its list) can read holds a forbidden character. */
    private void assertNothingForbiddenStored() throws Exception {
        String officer = roleTokens.get(Role.INSTITUTION_OFFICER);
        String admin = roleTokens.get(Role.LIST_ADMIN);
        List<String[]> reads = new ArrayList<>();
        reads.add(new String[] {API + "/units?size=500", officer});
        reads.add(new String[] {API + "/institutions/" + institutionId, officer});
        reads.add(new String[] {API + "/legal-calendar/holidays?year=2199", officer});
        reads.add(new String[] {API + "/technology-lists", admin});
        reads.add(new String[] {API + "/technology-lists/" + listCode + "/versions", admin});
        reads.add(new String[] {API + "/technology-lists/" + listCode + "/versions/" + draftNumber + "/entries", admin});
        JsonObject page = parse("units", get(API + "/units?size=500", officer, "application/json").body()).asJsonObject();
        for (JsonValue unit : page.getJsonArray("items")) {
            reads.add(new String[] {API + "/units/" + unit.asJsonObject().getJsonNumber("id").longValue() + "/history", officer});
        }
        TreeSet<String> found = new TreeSet<>();
        for (String[] read : reads) {
            HttpResponse<String> answer = get(read[0], read[1], "application/json");
            assertTrue(answer.statusCode() == 200, read[0] + ": " + answer.statusCode() + " " + answer.body());
            forbiddenText(parse(read[0], answer.body()), read[0], found);
        }
        assertTrue(found.isEmpty(), "stored with a forbidden character: " + found);
    }

    private static void forbiddenText(JsonValue node, String where, TreeSet<String> found) {
        if (node instanceof JsonString text && TextRules.hasForbiddenCharacter(text.getString())) {
            found.add(where + ": " + shorten(text.getString()));
        } else if (node instanceof JsonObject object) {
            object.forEach((name, inner) -> forbiddenText(inner, where + "." + name, found));
        } else if (node instanceof JsonArray array) {
            array.forEach(inner -> forbiddenText(inner, where, found));
        }
    }
}
