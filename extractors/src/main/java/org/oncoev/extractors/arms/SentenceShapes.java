package org.oncoev.extractors.arms;

/** The shape of a sentence between values and names: flattened tables and clause breaks. Pure. */
final class SentenceShapes {
    private SentenceShapes() {}

    /** A table flattened into text: more than {@value #TABLE_NUMBERS} numbers in one sentence. */
    static boolean tableLike(String sentence) {
        int numbers = 0;
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isDigit(sentence.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1))
                    && sentence.charAt(i - 1) != '.')) numbers++;
        }
        return numbers > TABLE_NUMBERS;
    }

    private static final int TABLE_NUMBERS = 24;

    /** No clause break ({@code ;}, {@code versus}, {@code compared}) between two positions. */
    static boolean plainGap(String s, int from, int to) {
        String gap = s.substring(Math.max(0, from), Math.max(from, Math.min(to, s.length()))).toLowerCase(java.util.Locale.ROOT);
        return !gap.contains(";") && !gap.contains(" vs") && !gap.contains("versus") && !gap.contains("compared")
                && !gap.contains(" than ") && !gap.contains("whereas") && !gap.contains(" while ");
    }
}
