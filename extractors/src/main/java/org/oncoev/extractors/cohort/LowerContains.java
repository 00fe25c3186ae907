package org.oncoev.extractors.cohort;

import java.util.Locale;
import org.oncoev.extractors.text.Keywords;

/**
 * Answers exactly {@code s.toLowerCase(Locale.ROOT).contains(w)} for any of a few lower-case ASCII words, without
 * the lowered copy: {@link Keywords} searches them folded, which finds every such occurrence (only ASCII capitals,
 * U+212A and U+0130 lower to ASCII, and each folds alike); a hit over ASCII text only is an occurrence as well,
 * and a hit over other text is decided by the lowered copy. Immutable and thread-safe.
 */
final class LowerContains {
    private final Keywords keywords;
    private final String[] words;
    private final int longest;

    LowerContains(String... words) {
        this.keywords = new Keywords(words);
        this.words = words.clone();
        int max = 0;
        for (String w : words) max = Math.max(max, w.length());
        this.longest = max;
    }

    /** True when {@code s}, lowered in {@link Locale#ROOT}, contains one of the words. */
    boolean in(String s) {
        int at = keywords.indexIn(s, 0);
        if (at < 0) return false;
        int end = Math.min(s.length(), at + longest);
        for (int i = at; i < end; i++) {
            if (s.charAt(i) >= 128) return lowered(s);
        }
        return true;
    }

    private boolean lowered(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        for (String w : words) if (l.contains(w)) return true;
        return false;
    }
}
