package org.oncoev.extractors.arms;

import java.util.Locale;

/**
 * The tokens of {@code text[from, to)} that {@link ArmPhrases} reads, at most {@value #MAX}: a letter or number
 * followed by letters, numbers and hyphens (regex {@code [\p{L}\p{N}][\p{L}\p{N}\-]*}, by code point; a trailing
 * hyphen is not part of the token), or one of {@code + , / &}. Positions are found in one pass (ASCII by table); a
 * token's text, lower-case form and whether it is a treatment or a modifier are made when first asked and kept, so a
 * phrase scan that asks again does not lower-case or look up again. One instance per scan: not thread-safe.
 */
final class PhraseTokens {
    /** Tokens kept at most (the first ones of the window). */
    static final int MAX = 80;
    private static final boolean[] WORD_ASCII = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) WORD_ASCII[c] = Character.isLetterOrDigit(c);
    }

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final String[] words;
    private final String[] lowers;
    /** Per token: 0 not asked yet, 1 yes, 2 no. */
    private final byte[] treatment;
    private final byte[] modifier;

    private PhraseTokens(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.words = new String[size];
        this.lowers = new String[size];
        this.treatment = new byte[size];
        this.modifier = new byte[size];
    }

    /** The tokens of {@code text[from, to)}. */
    static PhraseTokens of(String text, int from, int to) {
        int cap = Math.max(0, Math.min(MAX, to - from));
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        int n = 0;
        int i = from;
        while (i < to && n < MAX) {
            char c = text.charAt(i);
            int first = wordChar(text, i, to, false);
            if (first == 0) {
                if (c == '+' || c == ',' || c == '/' || c == '&') { starts[n] = i; ends[n++] = i + 1; }
                i++;
                continue;
            }
            int j = i + first;
            for (int k; j < to && (k = wordChar(text, j, to, true)) > 0; ) j += k;
            // a trailing hyphen is dropped (one; the first character is never a hyphen)
            starts[n] = i;
            ends[n++] = text.charAt(j - 1) == '-' ? j - 1 : j;
            i = j;
        }
        return new PhraseTokens(text, starts, ends, n);
    }

    /**
     * Chars of the code point at {@code i} when it is a letter or number (or, if allowed, a hyphen) ending by
     * {@code to}; else 0.
     */
    private static int wordChar(String text, int i, int to, boolean hyphen) {
        char c = text.charAt(i);
        if (c < 128) return WORD_ASCII[c] || hyphen && c == '-' ? 1 : 0;
        int cp = Character.codePointAt(text, i);
        int n = Character.charCount(cp);
        if (i + n > to) return 0;
        int type = Character.getType(cp);
        boolean number = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
        return Character.isLetter(cp) || number ? n : 0;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The token as written. */
    String text(int i) {
        String w = words[i];
        if (w == null) words[i] = w = text.substring(starts[i], ends[i]);
        return w;
    }

    /** The token lower-cased (ROOT locale). */
    String lower(int i) {
        String l = lowers[i];
        if (l == null) lowers[i] = l = text(i).toLowerCase(Locale.ROOT);
        return l;
    }

    /** {@link ArmPhrases#isTreatmentWord} of the token. */
    boolean isTreatment(int i) {
        if (treatment[i] == 0) treatment[i] = ArmPhrases.isTreatmentWord(text(i), lower(i)) ? (byte) 1 : 2;
        return treatment[i] == 1;
    }

    /** {@link ArmPhrases#isModifierWord} of the token. */
    boolean isModifier(int i) {
        if (modifier[i] == 0) modifier[i] = ArmPhrases.isModifierWord(lower(i)) ? (byte) 1 : 2;
        return modifier[i] == 1;
    }
}
