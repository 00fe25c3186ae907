package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.Span;

/** The sentences {@link DoseExtractor} reads a passage in. Stateless. */
final class DoseSentences {
    private static final int MAX_SENTENCE = DoseExtractor.MAX_SENTENCE;
    private static final Pattern TRAILING_MARKS = Pattern.compile("(?:\\[[^\\]]{0,20}\\]|\\^\\[[^\\]]{0,20}\\]|[\\s\"'’”)])+$");
    /** Longest abbreviation below is 6 characters; the match is tried only on the tail (transparent bounds). */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?s).*\\b(?:i\\.v|p\\.o|s\\.c|i\\.m|i\\.p|e\\.g|i\\.e|vs|b\\.i\\.d|t\\.i\\.d|q\\.d"
            + "|Co|Ltd|Inc|Corp|Pharm|Pharma|Labs?|approx|ca|Dr|St|No|Fig|al)\\.$");
    private static final int ABBREVIATION_TAIL = 16;
    private static final String[] ABBREVIATIONS = {"i.v.", "p.o.", "s.c.", "i.m.", "i.p.", "e.g.", "i.e.", "vs.", "b.i.d.",
            "t.i.d.", "q.d.", "Co.", "Ltd.", "Inc.", "Corp.", "Pharm.", "Pharma.", "Lab.", "Labs.", "approx.", "ca.", "Dr.",
            "St.", "No.", "Fig.", "al."};

    /** {@link #ABBREVIATIONS} by their character before the final point (all are ASCII). */
    private static final String[][] BY_CHAR_BEFORE_POINT = new String[128][];

    static {
        for (String a : ABBREVIATIONS) {
            char c = a.charAt(a.length() - 2);
            String[] known = BY_CHAR_BEFORE_POINT[c];
            String[] grown = known == null ? new String[1] : java.util.Arrays.copyOf(known, known.length + 1);
            grown[grown.length - 1] = a;
            BY_CHAR_BEFORE_POINT[c] = grown;
        }
    }

    private DoseSentences() {}

    /** The abbreviations that may end {@code t} in {@code [start, end)}: those with its last-but-one character. */
    private static String[] candidates(String t, int start, int end) {
        if (end - start < 2) return NONE;
        char c = t.charAt(end - 2);
        String[] found = c < 128 ? BY_CHAR_BEFORE_POINT[c] : null;
        return found == null ? NONE : found;
    }

    private static final String[] NONE = {};

    /**
     * The passage's sentences, or windows of at most {@value #MAX_SENTENCE} characters when it has none. A
     * sentence that does not end in {@code . ! ?} (a split inside {@code 45–64.8 Gy} or after {@code i.v.}) is
     * joined to the next one, as long as the result stays within the bound.
     */
    static List<Span> of(Passage passage) {
        String text = passage.text();
        int len = text.length();
        List<Span> given = passage.sentences().isEmpty() ? List.of(new Span(0, len)) : passage.sentences();
        List<Span> joined = new ArrayList<>();
        Span open = null;
        for (Span sp : given) {
            Span cur = new Span(Math.min(sp.start(), len), Math.min(sp.end(), len));
            if (open != null && !endsSentence(text, open) && cur.end() - open.start() <= MAX_SENTENCE) {
                open = new Span(open.start(), cur.end());
            } else {
                if (open != null) joined.add(open);
                open = cur;
            }
        }
        if (open != null) joined.add(open);
        List<Span> out = new ArrayList<>();
        for (Span sp : joined) {
            for (int s = sp.start(); s < sp.end(); s += MAX_SENTENCE)
                out.add(new Span(s, Math.min(sp.end(), s + MAX_SENTENCE)));
        }
        return out;
    }

    private static boolean endsSentence(String text, Span span) {
        // strip() by index: the span is copied out only for trailing marks or an abbreviation's point
        int st = span.start();
        int en = span.end();
        while (st < en && Character.isWhitespace(text.charAt(st))) st++;
        while (en > st && Character.isWhitespace(text.charAt(en - 1))) en--;
        if (st == en) return true;
        char last = text.charAt(en - 1);
        if ("]\"'’”)".indexOf(last) < 0) {
            if (".!?".indexOf(last) < 0) return false;
            if (last != '.' || !endsWithAbbreviation(text, st, en)) return true;
        }
        return endsSentence(text.substring(st, en));
    }

    /** {@link #endsSentence(String, Span)} of the stripped, non-empty text {@code t}. */
    private static boolean endsSentence(String t) {
        // trailing marks can only be stripped when the text ends in one of their closing characters
        if ("]\"'’”)".indexOf(t.charAt(t.length() - 1)) >= 0) t = TRAILING_MARKS.matcher(t).replaceAll("");
        if (t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) < 0) return false;
        if (t.charAt(t.length() - 1) != '.') return true;
        if (!endsWithAbbreviation(t)) return true;
        Matcher abbreviation = ABBREVIATION_END.matcher(t)
                .region(Math.max(0, t.length() - ABBREVIATION_TAIL), t.length()).useTransparentBounds(true);
        return !abbreviation.matches();
    }

    /** True when {@code t} ends with one of {@link #ABBREVIATION_END}'s words and a point (the regex checks the word start). */
    private static boolean endsWithAbbreviation(String t) {
        for (String a : candidates(t, 0, t.length())) if (t.endsWith(a)) return true;
        return false;
    }

    /** True when {@code t} in {@code [start, end)} ends with one of {@link #ABBREVIATIONS}. */
    private static boolean endsWithAbbreviation(String t, int start, int end) {
        for (String a : candidates(t, start, end)) if (end - start >= a.length() && t.startsWith(a, end - a.length())) return true;
        return false;
    }
}
