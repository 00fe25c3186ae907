package org.oncoev.extractors.abbrev;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds abbreviation definitions in one text with the Schwartz-Hearst algorithm (Schwartz and Hearst, "A simple
 * algorithm for identifying abbreviation definitions in biomedical text", PSB 2003): a short form in brackets
 * after its long form ({@code folinic acid (FA)}, {@code 5-fluorouracil (5-FU)}), or a short form followed by its
 * long form in brackets ({@code 5-FU (5-fluorouracil)}). Every character of the short form must appear in the
 * long form in order, right to left, its first character at the start of a word. A one-character short form
 * must be an upper-case letter ({@code paclitaxel (P)}). Reads at most {@value #MAX_TEXT} characters, each
 * bracket at most {@value #MAX_INNER} characters wide. Stateless and thread-safe.
 */
public final class SchwartzHearst {
    static final int MAX_TEXT = 200_000;
    static final int MAX_INNER = 120;
    private static final int MAX_SHORT = 10;

    private SchwartzHearst() {}

    /** Every definition in {@code text}, in text order (a short form may repeat). */
    public static List<Abbreviation> find(String text) {
        List<Abbreviation> out = new ArrayList<>();
        if (text == null) return out;
        int n = Math.min(text.length(), MAX_TEXT);
        for (int open = text.indexOf('('); open >= 0 && open < n; open = text.indexOf('(', open + 1)) {
            int close = closing(text, open, n);
            if (close < 0 || !mayDefine(text, open + 1, close)) continue;
            String inner = text.substring(open + 1, close).strip();
            Abbreviation a = definition(inner, text, open);
            if (a != null) out.add(a);
        }
        return out;
    }

    /**
     * A cheap test, without allocation, that the bracket's content {@code [from, to)} may be a short form (one to
     * ten characters before any {@code ;} or {@code ,}, holding an upper-case letter) or a long form (two words
     * or more, no digit): most brackets ({@code n = 45}, {@code 95% CI 0.5-0.9}, {@code P < .001}) are neither.
     */
    static boolean mayDefine(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (from == to) return false;
        int shortEnd = to;
        boolean upper = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ',') {
                shortEnd = i;
                break;
            }
            upper |= Character.isUpperCase(c);
        }
        if (upper && shortEnd - from <= MAX_SHORT) return true;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == ':') return false;
            space |= Character.isWhitespace(c);
        }
        return space;
    }

    /** The definition a bracket's content and the words before its opening at {@code open} make, or null. */
    static Abbreviation definition(String inner, String text, int open) {
        if (inner.isEmpty()) return null;
        String shortForm = cutAtSeparator(inner).strip();
        if (isShortForm(shortForm)) {
            String candidate = wordsBefore(text, open, Math.min(shortForm.length() + 5, shortForm.length() * 2));
            String lf = candidate.isEmpty() ? null : bestLongForm(shortForm, candidate);
            return lf == null ? null : new Abbreviation(shortForm, lf);
        }
        // short form before the bracket, long form inside: the bracket holds two words or more and no digit
        String sf = wordsBefore(text, open, 1);
        int innerWords = words(inner);
        if (sf.length() < 2 || !isShortForm(sf) || innerWords < 2 || innerWords > sf.length() + 5) return null;
        for (int i = 0; i < inner.length(); i++) if (Character.isDigit(inner.charAt(i)) || inner.charAt(i) == ':') return null;
        String lf = bestLongForm(sf, inner);
        return lf != null && lf.length() == inner.length() ? new Abbreviation(sf, lf) : null;
    }

    /** Index of the bracket closing the one at {@code open} within {@value #MAX_INNER} characters, or -1. */
    private static int closing(String text, int open, int n) {
        int depth = 0;
        for (int i = open + 1; i < n && i - open <= MAX_INNER; i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth-- == 0) return i;
        }
        return -1;
    }

    /** {@code CPA; Baxter} and {@code Bev, Roche} define {@code CPA} and {@code Bev}. */
    private static String cutAtSeparator(String inner) {
        int cut = inner.length();
        for (char sep : new char[] {';', ','}) {
            int i = inner.indexOf(sep);
            if (i >= 0) cut = Math.min(cut, i);
        }
        return inner.substring(0, cut);
    }

    /**
     * At most {@code count} words before the bracket at {@code open}, not reaching back past a sentence end, another
     * bracket, {@code ;} or {@code :}, nor more than 200 characters; single-spaced.
     */
    private static String wordsBefore(String text, int open, int count) {
        int i = open;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        int end = i;
        int words = 0;
        while (i > 0 && open - i < 200) {
            char c = text.charAt(i - 1);
            if (c == '(' || c == ')' || c == '[' || c == ']' || c == ';' || c == ':' || c == '\n'
                    || c == '.' && i < open && Character.isWhitespace(text.charAt(i))) break;
            if (Character.isWhitespace(c) && !Character.isWhitespace(text.charAt(i)) && ++words == count) break;
            i--;
        }
        return singleSpaced(text, i, end);
    }

    /** {@code text[from, to)} without leading or trailing whitespace, each inner run of whitespace one space. */
    private static String singleSpaced(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean space = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    /** The number of whitespace-separated words in {@code s}. */
    private static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    /**
     * 1 to 10 characters, at most two words, starting with a letter or digit and holding an upper-case letter
     * (so {@code (ii)} and {@code (range)} define nothing).
     */
    static boolean isShortForm(String s) {
        if (s.isEmpty() || s.length() > MAX_SHORT || !Character.isLetterOrDigit(s.charAt(0))) return false;
        if (words(s) > 2) return false;
        if (s.length() == 1) return Character.isUpperCase(s.charAt(0));
        boolean upper = false;
        for (int i = 0; i < s.length(); i++) upper |= Character.isUpperCase(s.charAt(i));
        return upper;
    }

    /**
     * The shortest tail of {@code candidate} holding the short form's letters and digits in order, its first
     * character at a word start (Schwartz-Hearst's {@code findBestLongForm}); null when there is none, or when
     * the long form is not longer than the short form or contains it as a word.
     */
    static String bestLongForm(String sf, String candidate) {
        int s = sf.length() - 1;
        int l = candidate.length() - 1;
        while (s >= 0) {
            char c = Character.toLowerCase(sf.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (Character.toLowerCase(candidate.charAt(l)) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(candidate.charAt(l - 1)))) l--;
            if (l < 0) return null;
            l--;
            s--;
        }
        int start = candidate.lastIndexOf(' ', l) + 1;
        String lf = candidate.substring(start).strip();
        if (lf.length() <= sf.length() || (" " + lf + " ").contains(" " + sf + " ")) return null;
        return lf;
    }
}
