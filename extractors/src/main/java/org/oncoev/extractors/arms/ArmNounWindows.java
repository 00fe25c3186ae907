package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;

/**
 * Where a pattern that must end in {@code arm(s)} or {@code group(s)} can match: the stretches of a text that
 * reach {@link #REACH} characters back from each such word (case-insensitive), merged where they touch. Running
 * such a pattern only inside these windows finds the same matches as a full scan (no match is longer than the
 * reach) at a fraction of the cost, since the pattern's lead words (`the`, `of`, `and`) start everywhere.
 * Pure and thread-safe.
 */
final class ArmNounWindows {
    /** Longest stretch a name pattern covers before its arm noun: a lead word, three 25-character words, spaces. */
    static final int REACH = 200;
    /** The name patterns' lead words (ASCII case ignored, so their folded forms are found here). */
    private static final Keywords LEADS = new Keywords("the", "in", "for", "of", "between", "and", "versus", "vs",
            "than", "to", "both", "with", "from");

    /** The lead words' first letters in both cases ({@code tifobavw}). */
    private static final boolean[] LEAD_FIRST = new boolean[128];
    static {
        for (char c : "tifobavwTIFOBAVW".toCharArray()) LEAD_FIRST[c] = true;
    }

    private ArmNounWindows() {}

    /** Merged {@code [start, end)} windows, in text order. */
    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int len = 0;
            if ((c == 'a' || c == 'A') && Folded.startsWith(text, i, "arm")) len = 3;
            else if ((c == 'g' || c == 'G') && Folded.startsWith(text, i, "group")) len = 5;
            if (len == 0) continue;
            int start = Math.max(0, i - REACH);
            int end = Math.min(n, i + len + 2);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && start <= last[1]) last[1] = Math.max(last[1], end);
            else out.add(new int[] {start, end});
            i += len - 1;
        }
        return out;
    }

    /** A text's windows and, inside them, the positions where a lead word may start: found once, scanned by every pattern. */
    record Scan(String text, List<int[]> windows, int[] leads) {}

    /**
     * The windows of {@code text} and the lead-word positions inside them, in order: those from which an arm noun
     * of the window ({@code arm} or {@code group} after a {@code \s}) is reached through name characters only.
     */
    static Scan scan(String text) {
        List<int[]> windows = of(text);
        int[] leads = new int[16];
        int n = 0;
        for (int[] w : windows) {
            boolean[] reaches = reachesNoun(text, w[0], w[1]);
            for (int i = w[0]; i < w[1]; i++) {
                if (!reaches[i - w[0]] || !leadMayStart(text, i)) continue;
                if (n == leads.length) leads = java.util.Arrays.copyOf(leads, n * 2);
                leads[n++] = i;
            }
        }
        return new Scan(text, windows, java.util.Arrays.copyOf(leads, n));
    }

    /**
     * For each position of {@code [start, end)}: true when an arm noun ({@code arm} or {@code group}, folded, right
     * after a {@code \s}) starts at or after it in the window with only {@link #inName} characters before it. A
     * name pattern's match runs from its lead word to its noun through such characters only (lead and joining words,
     * names of letters, numbers and {@code + / - * ‐ →}, {@code \s}, the period of {@code vs.}).
     */
    private static boolean[] reachesNoun(String text, int start, int end) {
        boolean[] out = new boolean[end - start];
        boolean reach = false;
        for (int i = end - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (i > 0 && Folded.isRegexSpace(text.charAt(i - 1))
                    && ((c == 'a' || c == 'A') && Folded.startsWith(text, i, "arm")
                    || (c == 'g' || c == 'G') && Folded.startsWith(text, i, "group"))) reach = true;
            else if (!inName(text, i, c)) reach = false;
            out[i - start] = reach;
        }
        return out;
    }

    private static final boolean[] IN_NAME_ASCII = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) IN_NAME_ASCII[c] = Character.isLetterOrDigit(c) || Folded.isRegexSpace(c) || "+/-*".indexOf(c) >= 0;
    }

    /** A character a name pattern's match may hold before its noun (surrogates are let through); see {@link #reachesNoun}. */
    private static boolean inName(String text, int i, char c) {
        if (c < 128) {
            if (c == '.') return i >= 2 && Folded.fold(text.charAt(i - 1)) == 's' && Folded.fold(text.charAt(i - 2)) == 'v';
            return IN_NAME_ASCII[c];
        }
        if (c == '\u2010' || c == '\u2192' || Character.isSurrogate(c) || Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Every match of {@code m}'s pattern inside the scan's windows, in order; with {@code overlapping} the next
     * search starts one character after a match's start (as {@code find(match.start() + 1)}), else after its end.
     * Look-behind and look-ahead see past a window's edges.
     */
    static void forEachMatch(Matcher m, Scan scan, boolean overlapping, Consumer<Matcher> action) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] w : scan.windows()) {
            int from = w[0];
            while (from < w[1]) {
                int at = nextMatch(m, scan.leads(), from, w[1]);
                if (at < 0) break;
                action.accept(m);
                from = overlapping ? m.start() + 1 : Math.max(m.end(), m.start() + 1);
            }
        }
    }

    /** As {@code find()} in {@code [from, end)}, trying the pattern only where one of its lead words can start. */
    private static int nextMatch(Matcher m, int[] leads, int from, int end) {
        int k = java.util.Arrays.binarySearch(leads, from);
        for (k = k < 0 ? -k - 1 : k; k < leads.length && leads[k] < end; k++) {
            m.region(leads[k], end);
            if (m.lookingAt()) return leads[k];
        }
        return -1;
    }

    /**
     * Where the name patterns' lead words ({@code the, in, for, of, between, and, versus, vs, than, to, both,
     * with, from}) can start: one of these words (case folded), not right after a letter or number (the patterns'
     * look-behind).
     */
    static boolean leadMayStart(String s, int i) {
        char c = s.charAt(i);
        if (c >= 128 || !LEAD_FIRST[c] || !LEADS.at(s, i)) return false;
        if (i == 0) return true;
        char before = s.charAt(i - 1);
        if (Character.isSurrogate(before)) return true;
        int type = Character.getType(before);
        return !(Character.isLetter(before) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER);
    }

}
