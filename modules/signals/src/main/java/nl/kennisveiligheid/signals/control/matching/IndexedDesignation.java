package nl.kennisveiligheid.signals.control.matching;

import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.SanctionsSource;

/** A designation as the matcher holds it: with the list and the edition it came from. */
public record IndexedDesignation(SanctionsSource source, long editionId, Designation designation) {
}
