package org.oncoev.extractors.arms;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.oncoev.extractors.text.Folded;

/**
 * Runs a {@link LetteredArmNames} pattern only where it can match: every such pattern holds the lettered arm's first
 * word ({@code arm}, {@code group}, {@code cohort}, ASCII case ignored) and at most {@value #LEAD} non-space
 * characters before it (a 25-letter token, brackets, 20 further characters; twice that for surrogate pairs), so a
 * match starts in the {@value #LEAD} non-space characters before an occurrence of that word. The matches are those of a
 * {@code find()} loop over the whole text. Stateless.
 */
final class NearWord {
    /** Non-space characters a match may hold before the first word, with room to spare. */
    static final int LEAD = 100;

    private NearWord() {}

    /** The first word of a lettered arm ({@code Arm B} gives {@code arm}), folded. */
    static String firstWord(String lettered) {
        int space = 0;
        while (space < lettered.length() && !Folded.isRegexSpace(lettered.charAt(space))) space++;
        StringBuilder b = new StringBuilder(space);
        for (int i = 0; i < space; i++) b.append(Folded.fold(lettered.charAt(i)));
        return b.toString();
    }

    /** The positions, in order, where a match holding {@code word} (folded) can start. */
    static int[] starts(String text, String word) {
        return starts(text, null, word);
    }

    /**
     * As {@link #starts(String, String)}; {@code lower}, the text lower-cased (ROOT locale) or null, is searched by
     * {@link String#indexOf(String, int)} instead of testing every position when it is as long as the text and the word
     * is ASCII letters but {@code i}, {@code k} and {@code s} (whose folded twins lower-case to other letters).
     */
    static int[] starts(String text, String lower, String word) {
        boolean indexed = lower != null && lower.length() == text.length() && plainLetters(word);
        int[] out = new int[16];
        int n = 0;
        int covered = 0;
        for (int q = indexed ? lower.indexOf(word) : 0; q >= 0 && q < text.length(); q = indexed ? lower.indexOf(word, q + 1) : q + 1) {
            if (!indexed && !Folded.startsWith(text, q, word)) continue;
            int lo = q;
            for (int nonSpace = 0; lo > covered && nonSpace < LEAD; ) if (!Folded.isRegexSpace(text.charAt(--lo))) nonSpace++;
            for (int s = Math.max(lo, covered); s <= q; s++) {
                if (!mayStart(text.charAt(s))) continue;
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = s;
            }
            covered = q + 1;
        }
        return Arrays.copyOf(out, n);
    }

    /** Lower-case ASCII letters only, none of {@code i k s}. */
    private static boolean plainLetters(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z' || c == 'i' || c == 'k' || c == 's') return false;
        }
        return true;
    }

    /** A match starts at {@code (}, a letter or digit, or a non-ASCII character (which may be one). */
    private static boolean mayStart(char c) {
        return c >= 128 || c == '(' || Character.isLetterOrDigit(c);
    }

    /** The positions among {@code starts} that hold {@code (}: where a pattern opening with a bracket can start. */
    static int[] brackets(String text, int[] starts) {
        int[] out = new int[starts.length];
        int n = 0;
        for (int s : starts) if (text.charAt(s) == '(') out[n++] = s;
        return Arrays.copyOf(out, n);
    }

    /**
     * The positions among {@code starts} where a pattern opening with a letter or digit after {@code (?<![\p{L}\p{N}+/\-])}
     * can start: not a bracket, and not right after an ASCII letter, digit, {@code +}, {@code /} or {@code -}.
     */
    static int[] tokenStarts(String text, int[] starts) {
        int[] out = new int[starts.length];
        int n = 0;
        for (int s : starts) {
            if (text.charAt(s) == '(') continue;
            char before = s > 0 ? text.charAt(s - 1) : ' ';
            if (before < 128 && (Character.isLetterOrDigit(before) || before == '+' || before == '/' || before == '-')) continue;
            out[n++] = s;
        }
        return Arrays.copyOf(out, n);
    }

    /** Every match of {@code m}'s pattern, in the order and with the groups of a {@code find()} loop. */
    static void forEachMatch(Matcher m, int[] starts, Consumer<Matcher> action) {
        int end = m.regionEnd();
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int s : starts) {
            if (s < from) continue;
            m.region(s, end);
            if (!m.lookingAt()) continue;
            action.accept(m);
            from = Math.max(m.end(), s + 1);
        }
    }
}
