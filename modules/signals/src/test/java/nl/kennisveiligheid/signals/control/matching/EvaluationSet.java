package nl.kennisveiligheid.signals.control.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.ScreeningQuery;
import nl.kennisveiligheid.signals.api.SubjectKind;

/**
 * The matcher's evaluation set, built from list editions with a fixed seed: variants of listed names a screener must
 * still catch (at least {@link #PER_KIND} of each kind) and ordinary names that must not hit (given names and
 * surnames recombined across designations, none equal to a listed name, each with a random date of birth and
 * nationality).
 */
public final class EvaluationSet {

    public static final int PER_KIND = 250;
    public static final int ORDINARY = 6000;

    /** The kinds of variant. */
    public enum Kind {
        EXACT, SURNAME_FIRST, MIDDLE_NAMES_DROPPED, TRANSLITERATED, TYPING_ERROR, ALIAS, ORIGINAL_SCRIPT, LOWER_CASE_NOISE,
        ENTITY_WORD_DROPPED, GIVEN_NAMES_AS_INITIALS
    }

    /** A variant of a designation's name, and the designation it must hit. */
    public record Variant(Kind kind, String query, IndexedDesignation expected) {
    }

    private static final String[][] SPELLINGS = {{"ou", "u"}, {"u", "ou"}, {"oo", "u"}, {"ee", "i"}, {"kh", "h"}, {"q", "k"}, {"k", "q"},
            {"j", "dj"}, {"dh", "d"}, {"sh", "ch"}, {"ph", "f"}, {"y", "i"}, {"i", "y"}, {"ai", "ay"}, {"ei", "ey"}, {"a", "e"}, {"e", "a"},
            {"mm", "m"}, {"ll", "l"}, {"ss", "s"}, {"ah", "a"}, {"ia", "iya"}, {"w", "v"}, {"v", "w"}, {"c", "k"}, {"z", "s"}, {"th", "t"},
            {"ck", "k"}, {"tch", "ch"}, {"dzh", "j"}, {"x", "ks"}, {"ie", "i"}, {"aa", "a"}, {"o", "u"}};

    private final List<Variant> variants = new ArrayList<>();
    private final List<ScreeningQuery> ordinary = new ArrayList<>();

    private EvaluationSet() {
    }

    /** The set built from {@code designations} with {@code seed}. */
    public static EvaluationSet build(List<IndexedDesignation> designations, long seed) {
        EvaluationSet set = new EvaluationSet();
        Random random = new Random(seed);
        List<IndexedDesignation> persons = new ArrayList<>();
        List<IndexedDesignation> entities = new ArrayList<>();
        for (IndexedDesignation d : designations) {
            (d.designation().kind() == SubjectKind.PERSON ? persons : entities).add(d);
        }
        for (Kind kind : Kind.values()) {
            int made = 0;
            int tries = 0;
            while (made < PER_KIND && tries++ < PER_KIND * 200) {
                List<IndexedDesignation> pool = kind == Kind.ENTITY_WORD_DROPPED ? entities
                        : kind == Kind.GIVEN_NAMES_AS_INITIALS || kind == Kind.MIDDLE_NAMES_DROPPED || kind == Kind.SURNAME_FIRST ? persons
                        : random.nextInt(4) == 0 ? entities : persons;
                IndexedDesignation d = pool.get(random.nextInt(pool.size()));
                String query = variant(kind, d.designation(), random);
                if (query != null) {
                    set.variants.add(new Variant(kind, query, d));
                    made++;
                }
            }
        }
        Set<String> listed = new HashSet<>();
        List<String[]> personNames = new ArrayList<>();
        for (IndexedDesignation d : designations) {
            for (DesignationName name : d.designation().names()) {
                List<String> tokens = NameNormalizer.tokens(name.name());
                listed.add(String.join(" ", tokens.stream().sorted().toList()));
                if (d.designation().kind() == SubjectKind.PERSON && !name.originalScript() && tokens.size() >= 2 && latin(name.name())) {
                    personNames.add(given(d.designation(), name));
                }
            }
        }
        List<String> codes = List.of(Locale.getISOCountries());
        while (set.ordinary.size() < ORDINARY) {
            String[] a = personNames.get(random.nextInt(personNames.size()));
            String[] b = personNames.get(random.nextInt(personNames.size()));
            String query = a[0] + " " + b[1];
            String key = String.join(" ", NameNormalizer.tokens(query).stream().sorted().toList());
            if (a[0].isEmpty() || b[1].isEmpty() || a[1].equalsIgnoreCase(b[1]) || listed.contains(key)) {
                continue;
            }
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(60 * 365));
            set.ordinary.add(new ScreeningQuery(query, birth, codes.get(random.nextInt(codes.size())), SubjectKind.PERSON));
        }
        return set;
    }

    public List<Variant> variants() {
        return variants;
    }

    public List<ScreeningQuery> ordinary() {
        return ordinary;
    }

    /** Given names and surname of a person's name as the list writes it ("SURNAME, Given" or "Given SURNAME"). */
    private static String[] given(Designation designation, DesignationName name) {
        String text = name.name().trim();
        int comma = text.indexOf(',');
        if (comma > 0) {
            return new String[]{text.substring(comma + 1).trim(), text.substring(0, comma).trim()};
        }
        int space = text.lastIndexOf(' ');
        if (space < 0) {
            return new String[]{"", text};
        }
        return new String[]{text.substring(0, space).trim(), text.substring(space + 1).trim()};
    }

    private static String variant(Kind kind, Designation d, Random random) {
        String primary = d.primaryName();
        List<String> words = words(primary);
        if (!latin(primary) || words.isEmpty()) {
            return null;
        }
        switch (kind) {
            case EXACT:
                return primary;
            case SURNAME_FIRST: {
                if (words.size() < 2) {
                    return null;
                }
                List<String> rotated = new ArrayList<>(words);
                rotated.add(0, rotated.remove(rotated.size() - 1));
                return String.join(" ", rotated);
            }
            case MIDDLE_NAMES_DROPPED: {
                if (words.size() < 3 || primary.contains(",")) {
                    return null;
                }
                List<String> kept = new ArrayList<>(words);
                kept.remove(1 + random.nextInt(kept.size() - 2));
                return String.join(" ", kept);
            }
            case TRANSLITERATED: {
                List<String> changed = new ArrayList<>(words);
                int i = random.nextInt(changed.size());
                String word = changed.get(i).toLowerCase(Locale.ROOT);
                for (int attempt = 0; attempt < 10; attempt++) {
                    String[] rule = SPELLINGS[random.nextInt(SPELLINGS.length)];
                    if (word.length() >= 4 && word.contains(rule[0])) {
                        changed.set(i, word.replaceFirst(rule[0], rule[1]));
                        return String.join(" ", changed);
                    }
                }
                return null;
            }
            case TYPING_ERROR: {
                List<String> changed = new ArrayList<>(words);
                int i = random.nextInt(changed.size());
                String word = changed.get(i);
                if (word.length() < 5) {
                    return null;
                }
                changed.set(i, typo(word, random));
                return String.join(" ", changed);
            }
            case ALIAS: {
                List<DesignationName> aliases = d.names().stream()
                        .filter(n -> n.quality() == NameQuality.GOOD && !n.originalScript() && latin(n.name()) && !n.name().equals(primary)).toList();
                return aliases.isEmpty() ? null : aliases.get(random.nextInt(aliases.size())).name();
            }
            case ORIGINAL_SCRIPT: {
                List<DesignationName> original = d.names().stream().filter(DesignationName::originalScript).toList();
                return original.isEmpty() ? null : original.get(random.nextInt(original.size())).name();
            }
            case LOWER_CASE_NOISE: {
                String noisy = "  " + primary.toLowerCase(Locale.ROOT).replace(" ", random.nextBoolean() ? "  " : " - ") + (random.nextBoolean() ? "." : " ;");
                return noisy.replaceFirst("e", random.nextBoolean() ? "é" : "e");
            }
            case ENTITY_WORD_DROPPED: {
                List<String> kept = new ArrayList<>(words);
                List<Integer> entityWords = new ArrayList<>();
                for (int i = 0; i < kept.size(); i++) {
                    if (NameWords.isEntityWord(NameNormalizer.normalise(kept.get(i)))) {
                        entityWords.add(i);
                    }
                }
                if (entityWords.isEmpty() || entityWords.size() == kept.size()) {
                    return null;
                }
                kept.remove((int) entityWords.get(random.nextInt(entityWords.size())));
                return String.join(" ", kept);
            }
            case GIVEN_NAMES_AS_INITIALS: {
                String[] parts = given(d, new DesignationName(primary, NameQuality.PRIMARY, false));
                List<String> initials = words(parts[0]).stream().map(w -> w.substring(0, 1) + ".").toList();
                return initials.isEmpty() || NameNormalizer.normalise(parts[1]).length() < 3 ? null : String.join(" ", initials) + " " + parts[1];
            }
            default:
                return null;
        }
    }

    private static String typo(String word, Random random) {
        int i = 1 + random.nextInt(word.length() - 2);
        char c = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, i) + c + word.substring(i + 1);
            case 1 -> word.substring(0, i) + c + word.substring(i);
            case 2 -> word.substring(0, i) + word.substring(i + 1);
            default -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
        };
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.replace(",", " ").trim().split("\\s+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean latin(String name) {
        return name.codePoints().filter(Character::isLetter).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
