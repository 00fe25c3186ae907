package org.oncoev.corpus.sentence;

import java.util.regex.Pattern;

/**
 * Decides whether a candidate sentence boundary proposed by the statistical model is false in
 * scientific prose. Every check looks at a bounded window ({@link #LOOKAHEAD} characters for brackets,
 * one word either side otherwise), so a whole split stays linear in the text. Stateless.
 */
final class BoundaryRules {
    /** A merge never produces a sentence longer than this. */
    static final int MAX_MERGED = 1500;
    /** How far past a boundary a closing bracket is looked for. */
    static final int LOOKAHEAD = 600;

    private static final String NO_START = ",;:)]}%.";
    private static final String NO_END = ",;([{=<>≤≥±×+/&–";
    private static final Pattern CITATION = Pattern.compile("[\\[(]\\d{1,3}(?:\\s?[,–-]\\s?\\d{1,3}){0,8}[\\])][.,;]?");

    private BoundaryRules() {}

    /**
     * True when the boundary between the sentence {@code [prevStart, prevEnd)} (bracket depth {@code depth}
     * at its end) and a sentence {@code [nextStart, nextEnd)} is false and the two belong together.
     */
    static boolean joins(String text, int prevStart, int prevEnd, int depth, int nextStart, int nextEnd) {
        char first = text.charAt(nextStart);
        char last = text.charAt(prevEnd - 1);
        if (Character.isLowerCase(first) || NO_START.indexOf(first) >= 0) return true;
        if (NO_END.indexOf(last) >= 0) return true;
        if (last == '-' && prevEnd - prevStart >= 2 && Character.isDigit(text.charAt(prevEnd - 2))) return true;
        if ((first == '–' || first == '-') && startsNumber(text, nextStart + 1)) return true;
        if (depth > 0 && closesWithin(text, prevEnd, depth)) return true;
        if (Character.isDigit(first) && last == '.' && nextStart == prevEnd && prevEnd - prevStart >= 2
                && Character.isDigit(text.charAt(prevEnd - 2))) return true;
        if (!endsSentence(text, prevStart, prevEnd)) return true;
        if (isCitation(text, nextStart, nextEnd)) return true;
        if (last != '.') return false;
        String token = lastToken(text, prevStart, prevEnd);
        if (Abbreviations.never(token)) return true;
        if (Abbreviations.weak(token) && (Character.isDigit(first) || first == '(' || first == '[')) return true;
        return Abbreviations.initial(token, tokenBefore(text, prevStart, prevEnd - token.length()), firstToken(text, nextStart));
    }

    /** Bracket depth after reading {@code [from, to)} starting at {@code depth}; unmatched closers are ignored. */
    static int depthAfter(String text, int from, int to, int depth) {
        int d = depth;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') d++;
            else if ((c == ')' || c == ']') && d > 0) d--;
        }
        return d;
    }

    /** True when the open brackets close within {@link #LOOKAHEAD} characters after {@code from}. */
    private static boolean closesWithin(String text, int from, int depth) {
        int d = depth;
        int end = Math.min(text.length(), from + LOOKAHEAD);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') d++;
            else if ((c == ')' || c == ']') && --d == 0) return true;
        }
        return false;
    }

    /**
     * Ends with {@code . ! ? :}, possibly followed by closing quotes or brackets, or by a citation number
     * glued to the period ({@code pancreas.1}, {@code available.24–26}); {@code 64.8} does not end a sentence.
     */
    private static boolean endsSentence(String text, int start, int end) {
        int i = end - 1;
        int from = Math.max(start, end - 16);
        while (i > from && "\"')]".indexOf(text.charAt(i)) >= 0) i--;
        int digits = i;
        while (i > from && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '–')) i--;
        char c = text.charAt(i);
        if (i < digits) return c == '.' && i > start && !Character.isDigit(text.charAt(i - 1));
        return c == '.' || c == '!' || c == '?' || c == ':';
    }

    private static boolean startsNumber(String text, int i) {
        if (i < text.length() && text.charAt(i) == ' ') i++;
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    /** The next sentence is only a citation such as {@code [22].} or {@code (3, 4).} that the model cut off. */
    private static boolean isCitation(String text, int start, int end) {
        char c = text.charAt(start);
        return (c == '[' || c == '(') && end - start <= 40 && CITATION.matcher(text).region(start, end).matches();
    }

    private static String lastToken(String text, int start, int end) {
        int i = end - 1;
        while (i > start && !Character.isWhitespace(text.charAt(i - 1))) i--;
        return text.substring(i, end);
    }

    /** The word ending before {@code end} (skipping spaces), or empty. */
    private static String tokenBefore(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e > start ? lastToken(text, start, e) : "";
    }

    private static String firstToken(String text, int start) {
        int i = start;
        int end = Math.min(text.length(), start + 60);
        while (i < end && !Character.isWhitespace(text.charAt(i))) i++;
        return text.substring(start, i);
    }
}
