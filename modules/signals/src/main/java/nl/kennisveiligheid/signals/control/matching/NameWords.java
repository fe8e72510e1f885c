package nl.kennisveiligheid.signals.control.matching;

import java.util.Set;

/**
 * Words that say little about who is meant: legal forms and the usual words of organisations' names
 * ({@code company}, {@code trading}, {@code university}, {@code llc}), and the particles of persons' names
 * ({@code al}, {@code bin}, {@code van}). They count, but weigh little: dropping one changes a score a little.
 */
public final class NameWords {

    /** How much an organisation word weighs against an ordinary word. */
    public static final double ENTITY_WORD_WEIGHT = 0.15;
    /** How much a name particle weighs against an ordinary word. */
    public static final double PARTICLE_WEIGHT = 0.35;

    static final Set<String> ENTITY_WORDS = Set.of(
            "company", "co", "companies", "corporation", "corp", "incorporated", "inc", "limited", "ltd", "llc", "llp", "lp", "plc",
            "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "sl", "bv", "nv", "ab", "oy", "as", "asa", "aps", "pte", "pty", "bhd",
            "sdn", "fze", "fzc", "fzco", "fz", "dmcc", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "zao", "oao", "pao", "ao", "tov", "kft",
            "trading", "trade", "traders", "group", "holding", "holdings", "international", "intl", "global", "industries",
            "industrial", "industry", "enterprise", "enterprises", "establishment", "est", "organization", "organisation",
            "foundation", "institute", "institution", "university", "academy", "college", "school", "center", "centre",
            "association", "society", "committee", "agency", "office", "bureau", "department", "ministry", "services", "service",
            "shipping", "general", "import", "export", "development", "investment", "investments", "technology", "technologies",
            "tech", "engineering", "research", "science", "sciences", "scientific", "national", "state", "the", "of", "and", "for",
            "factory", "plant", "works", "partners", "partnership", "branch", "representative", "ltda", "cia", "sociedad",
            "anonima", "de", "la", "el", "del", "und", "et", "i", "y", "bank", "logistics", "solutions", "systems", "management", "house", "firm", "airlines", "airline", "line", "lines", "maritime", "marine", "petroleum", "oil",
            "gas", "energy", "power", "electronics", "electric", "machinery", "equipment", "materials", "chemical", "chemicals", "metals",
            "mining", "construction", "consulting", "inst", "univ", "acad", "dept", "assoc", "assn", "natl", "sci", "mfg", "bros", "exchange", "finance", "financial", "capital", "fund", "network", "media", "supply");

    static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "bin", "ben", "ibn", "bint", "binti", "abu", "abou", "bu", "de", "da", "di", "do", "dos", "das", "del",
            "della", "van", "der", "den", "von", "zu", "la", "le", "mc", "mac", "ould", "ag", "haji", "hajji", "mullah", "mulla",
            "sheikh", "shaykh", "sheik", "dr", "mr", "mrs", "ms", "general", "colonel", "maulvi", "maulavi", "mawlawi", "qari");

    private NameWords() {
    }

    /** The weight a word's kind gives it (before its rarity): low for organisation words and particles. */
    public static double kindWeight(String token) {
        if (ENTITY_WORDS.contains(token)) {
            return ENTITY_WORD_WEIGHT;
        }
        if (PARTICLES.contains(token)) {
            return PARTICLE_WEIGHT;
        }
        return 1.0;
    }

    /** Whether a word is an organisation word (legal form, institute, company, ...). */
    public static boolean isEntityWord(String token) {
        return ENTITY_WORDS.contains(token);
    }
}
