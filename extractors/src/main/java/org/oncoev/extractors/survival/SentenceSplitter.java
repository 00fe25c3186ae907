package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits passage text into sentence ranges for survival reading. Conservative: it splits only at
 * {@code . ! ?} followed by whitespace and an upper-case letter, bracket or quote, and never after
 * abbreviations such as {@code vs.}, {@code et al.} or {@code Fig.}. Ranges longer than
 * {@link #MAX_SENTENCE} characters are cut at whitespace so that every regex runs on bounded input.
 */
final class SentenceSplitter {
    /** Upper bound on the characters any survival regex sees at once. */
    static final int MAX_SENTENCE = 2000;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "vs", "al", "fig", "figs", "e.g", "i.e", "eg", "ie", "approx", "no", "ref", "refs", "resp", "ca",
            "cf", "dr", "inc", "tab", "table", "etc", "mo", "mos", "yr", "yrs", "wk", "wks", "v", "st", "nos");

    private static final java.util.regex.Pattern LABEL_NOUN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:arms?|groups?|cohorts?|stages?|grades?|types?|phases?|class|category|regimens?|schedules?)\\s$");

    private SentenceSplitter() {}

    /** Half-open {@code [start, end)} ranges covering the text, in order. */
    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        // the . ! ? of the text in order, each found by indexOf rather than by reading every character
        int nextDot = text.indexOf('.');
        int nextBang = text.indexOf('!');
        int nextQuery = text.indexOf('?');
        while (nextDot >= 0 || nextBang >= 0 || nextQuery >= 0) {
            int i = firstOf(nextDot, firstOf(nextBang, nextQuery));
            if (i == nextDot) nextDot = text.indexOf('.', i + 1);
            else if (i == nextBang) nextBang = text.indexOf('!', i + 1);
            else nextQuery = text.indexOf('?', i + 1);
            if (isBoundary(text, i)) {
                addBounded(out, text, start, i + 1);
                start = i + 1;
            }
        }
        if (start < n) addBounded(out, text, start, n);
        return out;
    }

    /** The smaller of two positions where -1 means none (for merging {@code indexOf} searches). */
    static int firstOf(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static boolean isBoundary(String text, int dot) {
        int j = dot + 1;
        if (j >= text.length() || !Character.isWhitespace(text.charAt(j))) return false;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= text.length()) return true;
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || next == '(' || next == '[' || next == '"' || next == '\u201c')) return false;
        if (text.charAt(dot) != '.') return true;
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) return false;
        // single capital initial ("J. Smith") is not a boundary, but a label letter ("Arm B. The ...") is
        if (!(word.length() == 1 && Character.isUpperCase(text.charAt(w)))) return true;
        String before = text.substring(Math.max(0, w - 12), w);
        return LABEL_NOUN.matcher(before).find();
    }

    private static void addBounded(List<int[]> out, String text, int start, int end) {
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            int ws = cut;
            while (ws > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(ws))) ws--;
            if (ws <= start + MAX_SENTENCE / 2) ws = cut;
            out.add(new int[] {start, ws});
            start = ws;
        }
        if (end > start) out.add(new int[] {start, end});
    }
}
