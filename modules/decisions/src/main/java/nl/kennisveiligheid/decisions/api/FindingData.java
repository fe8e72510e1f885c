package nl.kennisveiligheid.decisions.api;

import nl.kennisveiligheid.platform.api.validation.PlainText;
import nl.kennisveiligheid.signals.api.IndicatorGroup;

/** The assessor's finding for one indicator group of the uniform risk indicators, with a note. */
public record FindingData(IndicatorGroup group, Finding finding, @PlainText(max = 2000, multiLine = true) String note) {
}
