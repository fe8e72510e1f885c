package nl.kennisveiligheid.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kennisveiligheid.platform.api.LiveSetting;
import nl.kennisveiligheid.platform.api.calendar.NamedTerm;

/**
 * The screening procedure's settings, read afresh when used: the decision period ({@code screening.decision-period-weeks},
 * default 4), the one extension ({@code screening.extension-weeks}, default 4) and the default supplement term
 * ({@code screening.supplement-weeks}, default 2). A request keeps the period it was submitted with. Attachments: at most
 * {@code screening.attachment-max-bytes} a file and {@code screening.request-attachments-max-bytes} a request.
 */
@ApplicationScoped
public class ScreeningSettings {


    public int decisionPeriodWeeks() {
        return weeks("screening.decision-period-weeks", NamedTerm.DECISION_PERIOD.term().amount());
    }

    public int extensionWeeks() {
        return weeks("screening.extension-weeks", NamedTerm.EXTENSION.term().amount());
    }

    public int supplementWeeks() {
        return weeks("screening.supplement-weeks", NamedTerm.SUPPLEMENT.term().amount());
    }

    /** The largest attachment ({@code screening.attachment-max-bytes}, default 10 MiB). */
    public long attachmentMaxBytes() {
        return LiveSetting.positiveBytes("screening.attachment-max-bytes", 10L * 1024 * 1024);
    }

    /** All attachments of one request together ({@code screening.request-attachments-max-bytes}, default 25 MiB). */
    public long requestAttachmentsMaxBytes() {
        return LiveSetting.positiveBytes("screening.request-attachments-max-bytes", 25L * 1024 * 1024);
    }

    private static int weeks(String setting, int fallback) {
        return LiveSetting.wholeNumber(setting, fallback, 1, 12);
    }
}
