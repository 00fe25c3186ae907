package org.oncoev.corpus.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The document's own vocabulary (its words and its hyphenated compounds, from every line's text, a hyphen at a
 * line end not counting as evidence), which decides what a hyphen at the end of a line is when the next line
 * joins it: part of a word broken across the lines (dropped) or a real hyphen (kept). Built once per document;
 * immutable after {@link #of}.
 */
final class HyphenWords {
    private static final Set<String> KEEP_SUFFIX = Set.of("free", "based", "related", "specific", "term", "year",
            "month", "line", "up", "risk", "dose", "arm", "label", "blind", "treated", "naive", "positive", "negative",
            "type", "like", "induced", "associated", "dependent", "controlled", "level", "time", "day", "week", "cell",
            "grade", "group", "point", "rate", "ratio", "size", "fold", "defined", "adjusted", "matched", "sided",
            "stage", "scale", "institutional", "analysis", "out");
    private static final Set<String> KEEP_PREFIX = Set.of("non", "self", "well", "first", "second", "third", "long",
            "short", "high", "low", "one", "two", "three", "four", "five", "double", "single", "open", "all", "cross");

    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();
    /** The parts of the compounds ({@code end} and {@code to} of {@code end-to-end}). */
    private final Set<String> parts = new HashSet<>();

    private HyphenWords() {}

    /** The vocabulary of the pages' lines. */
    static HyphenWords of(List<List<Line>> pages) {
        HyphenWords v = new HyphenWords();
        for (List<Line> page : pages)
            for (Line l : page) {
                String t = l.text.toLowerCase(Locale.ROOT);
                int n = t.length(), i = 0;
                while (i < n) {
                    if (!Character.isLetter(t.charAt(i))) { i++; continue; }
                    int s = i;
                    while (i < n && (Character.isLetter(t.charAt(i))
                            || t.charAt(i) == '-' && i + 1 < n && Character.isLetter(t.charAt(i + 1)))) i++;
                    if (i < n && t.charAt(i) == '-' && i + 1 == n) continue; // line-end hyphen: not evidence
                    String w = t.substring(s, i);
                    if (w.indexOf('-') >= 0) {
                        v.compounds.add(w);
                        v.parts.addAll(java.util.Arrays.asList(w.split("-")));
                    } else {
                        v.words.add(w);
                    }
                }
            }
        return v;
    }

    /** Unless {@code before} ends in a hyphenated word part, true; else true when the two parts make a known word. */
    boolean wordAcrossBreak(String before, String after) {
        String b = before.stripTrailing();
        if (b.length() < 2 || b.charAt(b.length() - 1) != '-' || !Character.isLetter(b.charAt(b.length() - 2))) return true;
        int s = b.length() - 1;
        while (s > 0 && Character.isLetter(b.charAt(s - 1))) s--;
        int e = 0;
        while (e < after.length() && Character.isLetter(after.charAt(e))) e++;
        String left = b.substring(s, b.length() - 1).toLowerCase(Locale.ROOT);
        String right = after.substring(0, e).toLowerCase(Locale.ROOT);
        return words.contains(left + right) || compounds.contains(left + "-" + right);
    }

    /**
     * Whether the hyphen between {@code leftRaw} (the word part before a line-end hyphen) and {@code rightRaw} (the
     * letters starting the next line, at least one) goes. Before a capital: only when the joined word is known and
     * the hyphenated one is not (FOL-FOX, Metabo-Analyst stay). Before lower case: unless the left part is an
     * acronym or holds a digit, or the compound is known, or a common compound part (BRAF-activating stays), or the
     * left part, a word of the document, ends a chain of hyphenated parts ({@code chain}: end-to-|end stays, but
     * anti-inflam-|matory does not), unless the parts make a known word.
     */
    boolean dropsHyphen(String leftRaw, String rightRaw, boolean chain) {
        String left = leftRaw.toLowerCase(Locale.ROOT), right = rightRaw.toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(rightRaw.charAt(0)))
            return words.contains(left + right) && !compounds.contains(left + "-" + right);
        return !capitals(leftRaw) && !hasDigit(leftRaw) && !keepHyphen(left, right, chain);
    }

    /** Two or more letters, all capitals: an acronym or gene name. */
    private static boolean capitals(String w) {
        int caps = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) caps++;
        }
        return caps >= 2;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
        return false;
    }

    private boolean keepHyphen(String left, String right, boolean chain) {
        if (compounds.contains(left + "-" + right)) return true;
        if (words.contains(left + right)) return false;
        boolean chainWord = chain && (words.contains(left) || parts.contains(left));
        return chainWord || KEEP_SUFFIX.contains(right) || KEEP_PREFIX.contains(left);
    }
}
