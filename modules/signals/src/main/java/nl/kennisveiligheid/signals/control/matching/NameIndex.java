package nl.kennisveiligheid.signals.control.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of every listed name, for finding candidates without comparing a query with every name: each distinct
 * word with the names it occurs in, its one-letter deletions (symmetric deletion: a typing error meets its word)
 * and its Double Metaphone keys (a spelling that sounds alike meets its word). Rare words weigh more than common
 * ones. Immutable once built; thread-safe.
 */
final class NameIndex {

    /** One listed name: its designation (position in the matcher's list), the name's position and its words. */
    record Entry(int designation, int name, String[] tokens, int[] tokenIds, boolean[] hyphenBefore, boolean[] ordinary) {
    }

    /** A listed word like a query word, with how alike they are. */
    record Similar(int tokenId, TokenSimilarity.Similarity similarity) {
    }

    private static final int[] NONE = new int[0];
    private static final int MIN_DELETION_LENGTH = 4;

    final Entry[] entries;
    final String[] words;
    private final Map<String, Integer> wordIds;
    private final int[][] postings;
    private final double[] weights;
    private final Map<String, int[]> deletions;
    private final Map<String, int[]> sounds;
    private final String[][] keys;
    private final double rareIdf;

    NameIndex(List<Entry> entryList, Map<String, Integer> wordIds, List<String> words) {
        this.entries = entryList.toArray(Entry[]::new);
        this.words = words.toArray(String[]::new);
        this.wordIds = wordIds;
        int[] df = new int[this.words.length];
        for (Entry entry : entries) {
            int[] distinct = Arrays.stream(entry.tokenIds).distinct().toArray();
            for (int id : distinct) {
                df[id]++;
            }
        }
        int[][] lists = new int[this.words.length][];
        int[] fill = new int[this.words.length];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = new int[df[i]];
        }
        for (int e = 0; e < entries.length; e++) {
            for (int id : Arrays.stream(entries[e].tokenIds).distinct().toArray()) {
                lists[id][fill[id]++] = e;
            }
        }
        this.postings = lists;
        this.rareIdf = Math.log((entries.length + 1.0) / 2.0);
        this.weights = new double[this.words.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = NameWords.kindWeight(this.words[i]) * rarity(df[i]);
        }
        Map<String, List<Integer>> byDeletion = new HashMap<>();
        Map<String, List<Integer>> bySound = new HashMap<>();
        this.keys = new String[this.words.length][];
        for (int id = 0; id < this.words.length; id++) {
            String word = this.words[id];
            if (word.length() >= MIN_DELETION_LENGTH) {
                for (String deletion : deletionsOf(word)) {
                    byDeletion.computeIfAbsent(deletion, k -> new ArrayList<>(2)).add(id);
                }
            }
            if (word.length() >= 3 && !Character.isDigit(word.charAt(0))) {
                String[] wordKeys = TokenSimilarity.keys(word);
                keys[id] = wordKeys;
                bySound.computeIfAbsent(wordKeys[0], k -> new ArrayList<>(2)).add(id);
                if (!wordKeys[1].equals(wordKeys[0])) {
                    bySound.computeIfAbsent(wordKeys[1], k -> new ArrayList<>(2)).add(id);
                }
            }
        }
        this.deletions = compact(byDeletion);
        this.sounds = compact(bySound);
    }

    /** Builds the index of the names of {@code designations}. */
    static NameIndex build(List<IndexedDesignation> designations) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int d = 0; d < designations.size(); d++) {
            var names = designations.get(d).designation().names();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int n = 0; n < names.size(); n++) {
                NameNormalizer.Words normalised = NameNormalizer.words(names.get(n).name());
                List<String> tokens = List.of(normalised.tokens()).subList(0, Math.min(normalised.tokens().length, NameScorer.MAX_WORDS));
                if (tokens.isEmpty() || !seen.add(String.join(" ", tokens))) {
                    continue;
                }
                int[] tokenIds = new int[tokens.size()];
                for (int t = 0; t < tokens.size(); t++) {
                    String token = tokens.get(t).intern();
                    tokenIds[t] = ids.computeIfAbsent(token, k -> {
                        words.add(k);
                        return words.size() - 1;
                    });
                }
                boolean[] ordinary = new boolean[tokens.size()];
                for (int t = 0; t < ordinary.length; t++) {
                    ordinary[t] = NameWords.kindWeight(tokens.get(t)) == 1.0;
                }
                entries.add(new Entry(d, n, tokens.stream().map(String::intern).toArray(String[]::new), tokenIds,
                        java.util.Arrays.copyOf(normalised.hyphenBefore(), tokens.size()), ordinary));
            }
        }
        return new NameIndex(entries, ids, words);
    }

    /** The weight of a listed word: its kind (organisation word, particle) times its rarity. */
    double weight(int tokenId) {
        return weights[tokenId];
    }

    /** The weight of a word that is not listed, or listed under {@code tokenId} (-1: not listed). */
    double weightOf(String token, int tokenId) {
        return tokenId >= 0 ? weights[tokenId] : NameWords.kindWeight(token);
    }

    /** The Double Metaphone keys of a listed word (null for numbers and words under three letters). */
    String[] keys(int tokenId) {
        return keys[tokenId];
    }

    /** In how many listed names a listed word stands. */
    int frequency(int tokenId) {
        return postings[tokenId].length;
    }

    int idOf(String token) {
        Integer id = wordIds.get(token);
        return id == null ? -1 : id;
    }

    int[] namesWith(int tokenId) {
        return postings[tokenId];
    }

    /**
     * The listed words like {@code token} (with its Double Metaphone keys, null for short words and numbers): the
     * same, a typing error away, or sounding alike.
     */
    List<Similar> similar(String token, String[] tokenKeys) {
        List<Similar> found = new ArrayList<>();
        java.util.BitSet tried = new java.util.BitSet(words.length);
        Integer exact = wordIds.get(token);
        if (exact != null) {
            tried.set(exact);
            found.add(new Similar(exact, TokenSimilarity.of(token, token, tokenKeys, keys[exact])));
        }
        if (token.length() == 1 || Character.isDigit(token.charAt(0))) {
            return found;
        }
        if (token.length() >= MIN_DELETION_LENGTH - 1) {
            consider(token, tokenKeys, deletions.getOrDefault(token, NONE), tried, found);
            if (token.length() >= MIN_DELETION_LENGTH) {
                for (String deletion : deletionsOf(token)) {
                    Integer shorter = wordIds.get(deletion);
                    if (shorter != null) {
                        consider(token, tokenKeys, new int[]{shorter}, tried, found);
                    }
                    consider(token, tokenKeys, deletions.getOrDefault(deletion, NONE), tried, found);
                }
            }
        }
        if (tokenKeys != null) {
            consider(token, tokenKeys, sounds.getOrDefault(tokenKeys[0], NONE), tried, found);
            consider(token, tokenKeys, sounds.getOrDefault(tokenKeys[1], NONE), tried, found);
        }
        return found;
    }

    /** For a word the list does not hold: the listed words it is two of, written as one ("epmnb": "ep", "mnb"). */
    List<Similar> halves(String token) {
        List<Similar> found = new ArrayList<>();
        for (int i = 2; i <= token.length() - 2; i++) {
            Integer left = wordIds.get(token.substring(0, i));
            Integer right = wordIds.get(token.substring(i));
            if (left != null && right != null) {
                TokenSimilarity.Similarity joined = new TokenSimilarity.Similarity(0.95, nl.kennisveiligheid.signals.api.TokenMatch.How.JOINED);
                found.add(new Similar(left, joined));
                found.add(new Similar(right, joined));
            }
        }
        return found;
    }

    private void consider(String token, String[] tokenKeys, int[] ids, java.util.BitSet tried, List<Similar> found) {
        for (int id : ids) {
            if (!tried.get(id)) {
                tried.set(id);
                TokenSimilarity.Similarity similarity = TokenSimilarity.of(token, words[id], tokenKeys, keys[id]);
                if (similarity.value() > 0) {
                    found.add(new Similar(id, similarity));
                }
            }
        }
    }

    private double rarity(int df) {
        if (!(rareIdf > 0)) {
            // an index of one name (a re-screen after an edition that adds a single designation): every word is as rare as
            // can be; the formula below would divide 0 by 0 and no name could ever hit
            return 1.0;
        }
        double idf = Math.log((entries.length + 1.0) / (df + 1.0));
        return 0.3 + 0.7 * Math.min(1, Math.max(0, idf / rareIdf));
    }

    private static List<String> deletionsOf(String word) {
        List<String> out = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    private static Map<String, int[]> compact(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        return out;
    }
}
