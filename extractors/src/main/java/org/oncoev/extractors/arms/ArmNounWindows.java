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

    /** The windows of {@code text} and the lead-word positions inside them, in order. */
    static Scan scan(String text) {
        List<int[]> windows = of(text);
        int[] leads = new int[16];
        int n = 0;
        for (int[] w : windows) {
            for (int i = w[0]; i < w[1]; i++) {
                if (!leadMayStart(text, i)) continue;
                if (n == leads.length) leads = java.util.Arrays.copyOf(leads, n * 2);
                leads[n++] = i;
            }
        }
        return new Scan(text, windows, java.util.Arrays.copyOf(leads, n));
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
