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
        String value = LiveSetting.of("signals.list-max-bytes").map(String::trim).orElse("");
        try {
            long bytes = value.isEmpty() ? 64L * 1024 * 1024 : Long.parseLong(value);
            if (bytes > 0) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning("Setting signals.list-max-bytes must be a positive number of bytes; using 64 MiB");
        return 64L * 1024 * 1024;
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
