package nl.kennisveiligheid.signals.api;

import java.util.Locale;
import java.util.Optional;

/**
 * A list the authority screens against, with the file format its publisher issues it in: the sanctions lists (the UN
 * and EU lists and the authority's own list bind in the Netherlands; the OFAC and UK lists are read for context) and
 * the lists of organisations of concern ({@link ListKind#ORGANISATIONS_OF_CONCERN}), which name organisations, not
 * measures, and bind no one.
 */
public enum SanctionsSource {

    /** The UN Security Council consolidated list: {@code consolidated.xml} (root {@code CONSOLIDATED_LIST}). */
    UN(true, ListKind.SANCTIONS),
    /** The EU financial sanctions file (FSF), the official XML (root {@code export}). */
    EU(true, ListKind.SANCTIONS),
    /** A list the authority keeps itself (e.g. the Dutch national terrorism list), in the documented CSV layout. */
    NL(true, ListKind.SANCTIONS),
    /** OFAC's SDN list: the legacy CSV set ({@code sdn.csv}, or a zip with {@code sdn.csv}, {@code alt.csv}, {@code add.csv}) or its XML. */
    OFAC_SDN(false, ListKind.SANCTIONS),
    /** OFAC's consolidated non-SDN list: its XML, or the legacy CSV set ({@code cons_prim.csv}, {@code cons_alt.csv}, ...). */
    OFAC_CONS(false, ListKind.SANCTIONS),
    /** The UK list: the FCDO's UK sanctions list XML, or the OFSI consolidated list CSV (the legacy layout, retired in January 2026). */
    UK(false, ListKind.SANCTIONS),
    /**
     * ASPI's China Defence Universities Tracker, as CSV with the columns {@code name_en, name_zh, risk_level, categories,
     * aliases} (and more, ignored); each institution with its risk level. ASPI's content: administrators load it themselves.
     */
    ASPI_TRACKER(false, ListKind.ORGANISATIONS_OF_CONCERN),
    /** Canada's Named Research Organizations, as CSV with the columns {@code name, iso3, aliases}. */
    CA_NRO(false, ListKind.ORGANISATIONS_OF_CONCERN),
    /** Organisations of concern the authority names itself, in the documented CSV layout of its own list. */
    NL_ORGANISATIONS(false, ListKind.ORGANISATIONS_OF_CONCERN);

    private final boolean binding;
    private final ListKind kind;

    SanctionsSource(boolean binding, ListKind kind) {
        this.binding = binding;
        this.kind = kind;
    }

    /** What the list names: sanctioned persons and entities, or organisations of concern. */
    public ListKind kind() {
        return kind;
    }

    /** Whether the list binds in the Netherlands (UN, EU, the authority's own list). */
    public boolean binding() {
        return binding;
    }

    /** The source a path segment names ({@code un}, {@code OFAC_SDN}, {@code ofac-sdn}), if any. */
    public static Optional<SanctionsSource> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String name = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SanctionsSource source : values()) {
            if (source.name().equals(name)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
