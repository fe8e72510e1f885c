package nl.kennisveiligheid.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import nl.kennisveiligheid.platform.api.LiveSetting;
import nl.kennisveiligheid.signals.control.matching.MatcherDefaults;

/**
 * The signals settings, read afresh when used: the largest list file ({@code signals.list-max-bytes}, default 64 MiB;
 * the EU's XML is about 25 MB) and the matcher's threshold ({@code signals.match-threshold}, default
 * {@link MatcherDefaults#THRESHOLD}).
 */
@ApplicationScoped
public class SignalsSettings {

    private static final Logger LOG = Logger.getLogger(SignalsSettings.class.getName());

    public long listMaxBytes() {
        return LiveSetting.positiveBytes("signals.list-max-bytes", 64L * 1024 * 1024);
    }

    /**
     * The address a list's new editions are fetched from ({@code signals.fetch.<source>.url}, e.g.
     * {@code SIGNALS_FETCH_UN_URL}, {@code SIGNALS_FETCH_OFAC_SDN_URL}); none by default: nothing is fetched. Only
     * http and https addresses count.
     */
    public java.util.Optional<java.net.URI> fetchUrl(nl.kennisveiligheid.signals.api.SanctionsSource source) {
        String setting = "signals.fetch." + source.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".url";
        return LiveSetting.of(setting).map(String::trim).filter(v -> !v.isEmpty()).flatMap(value -> {
            try {
                java.net.URI uri = java.net.URI.create(value);
                if ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) {
                    return java.util.Optional.of(uri);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            LOG.warning(() -> "Setting " + setting + " must be an http or https address; nothing is fetched");
            return java.util.Optional.empty();
        });
    }

    /** How many people a re-screen checks per transaction ({@code signals.rescreen-batch}, 1 to 10,000, default 1,000). */
    public int rescreenBatch() {
        return LiveSetting.wholeNumber("signals.rescreen-batch", Rescreening.BATCH, 1, 10_000);
    }

    public double matchThreshold() {
        String value = LiveSetting.of("signals.match-threshold").map(String::trim).orElse("");
        try {
            double threshold = value.isEmpty() ? MatcherDefaults.THRESHOLD : Double.parseDouble(value);
            if (threshold > 0 && threshold <= 1) {
                return threshold;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning("Setting signals.match-threshold must be a number above 0 and at most 1; using " + MatcherDefaults.THRESHOLD);
        return MatcherDefaults.THRESHOLD;
    }
}
