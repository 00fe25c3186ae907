package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.Needle;

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
        return windows(text, nounStarts(text, null));
    }

    /** The windows around the given arm-noun positions (each {@code arm} or {@code group}, folded), merged. */
    private static List<int[]> windows(String text, int[] nouns) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        for (int i : nouns) {
            int len = Folded.fold(text.charAt(i)) == 'a' ? 3 : 5;
            int start = Math.max(0, i - REACH);
            int end = Math.min(n, i + len + 2);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && start <= last[1]) last[1] = Math.max(last[1], end);
            else out.add(new int[] {start, end});
        }
        return out;
    }

    /**
     * Every position where {@code arm} or {@code group} starts, folded, in order (the two words cannot overlap).
     * With {@code lower}, the text lower-cased by {@link String#toLowerCase(java.util.Locale)} (ROOT), they are found
     * there by {@link String#indexOf(String, int)} when it is as long as the text (then index-aligned: no character
     * lower-cases to an ASCII letter of these words but its capital); else character by character.
     */
    static int[] nounStarts(String text, String lower) {
        if (lower == null || lower.length() != text.length()) return nounStartsByChar(text);
        int[] arms = occurrences(lower, ARM);
        int[] groups = occurrences(lower, GROUP);
        int[] out = new int[arms.length + groups.length];
        int a = 0;
        int g = 0;
        for (int k = 0; k < out.length; k++) {
            out[k] = g == groups.length || a < arms.length && arms[a] < groups[g] ? arms[a++] : groups[g++];
        }
        return out;
    }

    /** The arm nouns, found from their rarer letters ({@code m}, {@code p}). */
    private static final Needle ARM = Needle.of("arm");
    private static final Needle GROUP = Needle.of("group");

    /** Every position where {@code word} starts in {@code hay}, not overlapping, in order. */
    static int[] occurrences(String hay, Needle word) {
        int[] out = new int[8];
        int n = 0;
        int length = word.text().length();
        for (int at = word.in(hay); at >= 0; at = word.in(hay, at + length)) {
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = at;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int[] nounStartsByChar(String text) {
        int[] out = new int[8];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int len = 0;
            if ((c == 'a' || c == 'A') && Folded.startsWith(text, i, "arm")) len = 3;
            else if ((c == 'g' || c == 'G') && Folded.startsWith(text, i, "group")) len = 5;
            if (len == 0) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = i;
            i += len - 1;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A text's windows and, inside them, the positions where a lead word may start: found once, scanned by every pattern. */
    record Scan(String text, List<int[]> windows, int[] leads) {}

    /** {@link #scan(String, String)} without the lower-cased text. */
    static Scan scan(String text) {
        return scan(text, (String) null);
    }

    /**
     * The windows of {@code text} and the lead-word positions inside them, in order: those from which an arm noun
     * of the window ({@code arm} or {@code group} after a {@code \s}) is reached through name characters only.
     * {@code lower} is the text lower-cased (ROOT locale) when the caller has it, or null.
     */
    static Scan scan(String text, String lower) {
        return scan(text, nounStarts(text, lower));
    }

    /** {@link #scan(String, String)}, given the text's {@link #nounStarts}. */
    static Scan scan(String text, int[] nouns) {
        List<int[]> windows = windows(text, nouns);
        int[] leads = new int[16];
        int n = 0;
        int[] found = new int[16];
        int widest = 0;
        for (int[] w : windows) widest = Math.max(widest, w[1] - w[0]);
        char[] buf = new char[widest];
        int next = 0;
        for (int[] w : windows) {
            while (next < nouns.length && nouns[next] < w[1]) next++;
            int f = leadsIn(text, w[0], w[1], nouns, next - 1, found, buf);
            if (f > found.length) {
                found = new int[f];
                f = leadsIn(text, w[0], w[1], nouns, next - 1, found, buf);
            }
            if (n + f > leads.length) leads = java.util.Arrays.copyOf(leads, Math.max(leads.length * 2, n + f));
            // found backwards: reverse into text order
            for (int k = f - 1; k >= 0; k--) leads[n++] = found[k];
        }
        return new Scan(text, windows, java.util.Arrays.copyOf(leads, n));
    }

    /**
     * One backward pass over {@code [start, end)}: the positions (last first, into {@code out}) where a lead word may
     * start ({@link #leadMayStart}) and from which an arm noun ({@code arm} or {@code group}, folded, right after a
     * {@code \s}) starting at or after it in the window is reached with only {@link #inName} characters before it.
     * A name pattern's match runs from its lead word to its noun through such characters only (lead and joining
     * words, names of letters, numbers and {@code + / - * ‐ →}, {@code \s}, the period of {@code vs.}).
     * {@code last} indexes the last of {@code nouns} before {@code end}. Returns how many positions there are; when
     * more than fit, only counts them. {@code buf} has room for the window.
     */
    private static int leadsIn(String text, int start, int end, int[] nouns, int last, int[] out, char[] buf) {
        // the window's characters copied once: the loop reads an array, not the string's coder and bounds each time
        text.getChars(start, end, buf, 0);
        int n = 0;
        int p = last;
        boolean reach = false;
        for (int i = end - 1; i >= start; i--) {
            char c = buf[i - start];
            while (p >= 0 && nouns[p] > i) p--;
            if (p >= 0 && nouns[p] == i && i > 0 && Folded.isRegexSpace(i > start ? buf[i - start - 1] : text.charAt(i - 1))) reach = true;
            else if (c >= 128 || c == '.' ? !inName(text, i, c) : !IN_NAME_ASCII[c]) reach = false;
            if (reach && c < 128 && LEAD_FIRST[c] && leadMayStart(text, i)) {
                if (n < out.length) out[n] = i;
                n++;
            }
        }
        return n;
    }

    private static final boolean[] IN_NAME_ASCII = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) IN_NAME_ASCII[c] = Character.isLetterOrDigit(c) || Folded.isRegexSpace(c) || "+/-*".indexOf(c) >= 0;
    }

    /** A character a name pattern's match may hold before its noun (surrogates are let through); see {@link #leadsIn}. */
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
