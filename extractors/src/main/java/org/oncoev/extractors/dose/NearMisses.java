package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spells a drug name the lexicon lacks as the one lexicon name it misses by one letter ({@code bevacizimab} is
 * {@code bevacizumab}, {@code docetaxal} is {@code docetaxel}): one substitution, insertion, deletion or swap of
 * neighbours, for words of at least {@value #MIN} letters sharing the first two. A word two names are that close to
 * stays as written. Immutable and thread-safe.
 */
final class NearMisses {
    static final int MIN = 7;
    private static final int MAX = 40;

    /** Single-word lower-case names by length. */
    private final Map<Integer, List<String>> byLength = new HashMap<>();

    NearMisses(Set<String> names) {
        for (String n : names) {
            if (n.length() < MIN - 1 || n.length() > MAX || !n.chars().allMatch(Character::isLetter)) continue;
            byLength.computeIfAbsent(n.length(), k -> new ArrayList<>()).add(n.toLowerCase(Locale.ROOT));
        }
    }

    /** The one name {@code word} misses by one letter, or {@code word}. */
    String correct(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN || w.length() > MAX) return word;
        String found = null;
        for (int len = w.length() - 1; len <= w.length() + 1; len++) {
            for (String n : byLength.getOrDefault(len, List.of())) {
                if (n.charAt(0) != w.charAt(0) || n.charAt(1) != w.charAt(1) || n.equals(w) || !oneEdit(w, n)) continue;
                if (found != null && !found.equals(n)) return word;
                found = n;
            }
        }
        return found == null ? word : found;
    }

    /** True when {@code a} and {@code b} differ by one substitution, insertion, deletion or swap of neighbours. */
    static boolean oneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
