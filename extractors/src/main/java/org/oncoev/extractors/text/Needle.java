package org.oncoev.extractors.text;

/**
 * {@link String#indexOf(String, int)} for a fixed search string, searched from its rarest character: the JDK's search
 * stops at every occurrence of the string's first character, which for a common letter ({@code a}, {@code e}) costs
 * more than the scan itself under the JIT the product runs batch jobs with (C1). The string is looked for from the
 * character English text holds least often (ASCII letter frequencies; capitals, digits and other characters count as
 * rare, a space as the most common), and each hit is checked for the characters before it. The answers are those of
 * {@link String#indexOf(String, int)}. Immutable and thread-safe.
 */
public final class Needle {
    /** Occurrences per thousand letters of English text, by lower-case ASCII letter. */
    private static final int[] LETTER_FREQUENCY = {82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60,
        63, 91, 28, 10, 24, 2, 20, 1};

    private final String text;
    /** Where in {@link #text} the search starts: its rarest character. */
    private final int rare;
    private final String tail;

    private Needle(String text) {
        this.text = text;
        int best = 0;
        for (int i = 1; i < text.length(); i++) if (frequency(text.charAt(i)) < frequency(text.charAt(best))) best = i;
        this.rare = best;
        this.tail = text.substring(best);
    }

    /** A search for {@code text}. */
    public static Needle of(String text) {
        return new Needle(text);
    }

    /** How often {@code c} stands in English text (a rough rank: lower is rarer). */
    private static int frequency(char c) {
        if (c >= 'a' && c <= 'z') return LETTER_FREQUENCY[c - 'a'];
        if (c == ' ') return 180;
        return c >= 'A' && c <= 'Z' ? LETTER_FREQUENCY[c - 'A'] / 10 : 5;
    }

    /** The searched string. */
    public String text() {
        return text;
    }

    /** {@code hay.indexOf(text(), from)}. */
    public int in(String hay, int from) {
        if (rare == 0) return hay.indexOf(text, from);
        if (from >= hay.length()) return -1;
        // an occurrence at p has its rarest character at p + rare
        for (int at = hay.indexOf(tail, Math.max(0, from) + rare); at >= 0; at = hay.indexOf(tail, at + 1)) {
            if (hay.regionMatches(at - rare, text, 0, rare)) return at - rare;
        }
        return -1;
    }

    /** {@code hay.indexOf(text())}. */
    public int in(String hay) {
        return in(hay, 0);
    }

    /** {@code hay.contains(text())}. */
    public boolean isIn(String hay) {
        return in(hay, 0) >= 0;
    }
}
