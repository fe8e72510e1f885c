package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.signals.api.EditionPreview;
import nl.kennisveiligheid.signals.api.FetchResult;
import nl.kennisveiligheid.signals.api.SanctionsSource;
import nl.kennisveiligheid.signals.entity.SanctionsEdition;

/**
 * Fetching a list's newest file from the address configured for it ({@link SignalsSettings#fetchUrl}; none by
 * default): the file is read within the size limit, and when its checksum differs from the edition in force it is
 * applied as a new edition, with the same checks as an upload. A file that fails them changes nothing.
 */
@ApplicationScoped
public class ListFetching {

    private static final Logger LOG = Logger.getLogger(ListFetching.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Inject
    SignalsSettings settings;

    @Inject
    SanctionsLists lists;

    @Inject
    EditionLoading loading;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    /** Fetches {@code source} now, for a list administrator. */
    public FetchResult fetchNow(SanctionsSource source) {
        if (!currentUser.hasRole(Role.LIST_ADMIN)) {
            throw Refusal.forbidden("SanctionsList.fetch", source);
        }
        URI url = settings.fetchUrl(source).orElseThrow(() -> Refusal.conflict(SignalsModule.BUNDLE, "fetch.notConfigured",
                nl.kennisveiligheid.platform.api.Text.of(SignalsModule.BUNDLE, "source." + source.name()), source.name()));
        return fetch(source, url);
    }

    /** Fetches every list that has an address (the schedule). */
    public List<FetchResult> fetchConfigured() {
        return java.util.Arrays.stream(SanctionsSource.values())
                .flatMap(source -> settings.fetchUrl(source).map(url -> fetch(source, url)).stream()).toList();
    }

    private FetchResult fetch(SanctionsSource source, URI url) {
        byte[] content;
        try {
            content = download(url);
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warning(() -> "Fetching " + source + " from " + url + " failed: " + e);
            return new FetchResult(source, FetchResult.Outcome.FAILED, null,
                    messages.get(SignalsModule.BUNDLE, "fetch.failed", String.valueOf(e.getMessage())));
        } catch (Refusal refused) {
            return new FetchResult(source, FetchResult.Outcome.FAILED, null, messages.get(refused.bundle(), refused.messageKey(), refused.arguments()));
        }
        String checksum = EditionLoading.sha256(content);
        var current = lists.inForceOf(source);
        if (current.isPresent() && checksum.equals(current.get().view().checksum())) {
            return new FetchResult(source, FetchResult.Outcome.UNCHANGED, current.map(SanctionsEdition::getId).orElse(null), null);
        }
        try {
            String path = url.getPath() == null ? "" : url.getPath();
            EditionPreview applied = loading.applyFetched(source, content, path.substring(path.lastIndexOf('/') + 1));
            LOG.info(() -> "Fetched a new edition of " + source + " from " + url + ": edition " + applied.applied().id());
            return new FetchResult(source, FetchResult.Outcome.APPLIED, applied.applied().id(), null);
        } catch (Refusal refused) {
            LOG.warning(() -> "The file fetched for " + source + " from " + url + " was refused: " + refused.messageKey());
            return new FetchResult(source, FetchResult.Outcome.FAILED, null, messages.get(refused.bundle(), refused.messageKey(), refused.arguments()));
        }
    }

    private byte[] download(URI url) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            long max = settings.listMaxBytes();
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw new Refusal(Refusal.Kind.UNPROCESSABLE, SignalsModule.BUNDLE, "file.tooLarge", List.of(), max / 1024);
            }
            return content;
        }
    }
}
