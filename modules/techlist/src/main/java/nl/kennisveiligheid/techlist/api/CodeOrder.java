package nl.kennisveiligheid.techlist.api;

import java.util.Comparator;

/** Orders hierarchical codes as people read them: 2 before 10, 3 before 3.1 before 3.2 before 3.10. */
public final class CodeOrder {

    public static final Comparator<String> COMPARATOR = CodeOrder::compare;

    private CodeOrder() {
    }

    public static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int result = segment(left[i], right[i]);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int segment(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit) && !a.isEmpty() && !b.isEmpty();
        if (numbers && a.length() < 10 && b.length() < 10) {
            int result = Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            if (result != 0) {
                return result;
            }
        }
        return a.compareToIgnoreCase(b);
    }
}
