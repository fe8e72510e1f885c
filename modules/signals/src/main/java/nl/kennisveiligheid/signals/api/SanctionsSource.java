package nl.kennisveiligheid.signals.api;

import java.util.Locale;
import java.util.Optional;

/**
 * A sanctions list the authority screens against, with the file format its publisher issues it in. The UN and EU
 * lists and the authority's own list bind in the Netherlands; the OFAC and UK lists are read for context.
 */
public enum SanctionsSource {

    /** The UN Security Council consolidated list: {@code consolidated.xml} (root {@code CONSOLIDATED_LIST}). */
    UN(true),
    /** The EU financial sanctions file (FSF), the official XML (root {@code export}). */
    EU(true),
    /** A list the authority keeps itself (e.g. the Dutch national terrorism list), in the documented CSV layout. */
    NL(true),
    /** OFAC's SDN list: the legacy CSV set ({@code sdn.csv}, or a zip with {@code sdn.csv}, {@code alt.csv}, {@code add.csv}) or its XML. */
    OFAC_SDN(false),
    /** OFAC's consolidated non-SDN list: its XML, or the legacy CSV set ({@code cons_prim.csv}, {@code cons_alt.csv}, ...). */
    OFAC_CONS(false),
    /** The UK list: the FCDO's UK sanctions list XML, or the OFSI consolidated list CSV (the legacy layout, retired in January 2026). */
    UK(false);

    private final boolean binding;

    SanctionsSource(boolean binding) {
        this.binding = binding;
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
