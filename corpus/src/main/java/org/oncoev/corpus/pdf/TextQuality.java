package org.oncoev.corpus.pdf;

/**
 * Judges whether extracted text is readable or garbage from a broken font encoding, from character
 * statistics (letters, replacement and private-use characters) and word statistics (share of
 * Latin-script words with a vowel, share with long consonant runs).
 */
final class TextQuality {
    /** Below this many non-space characters the text is too short to judge. */
    static final int MIN_CHARS = 200;

    private TextQuality() {}

    /** Returns null when the text reads as text, else a short description of why it does not. */
    static String problem(CharSequence text) {
        int nonSpace = 0, letters = 0, bad = 0, latin = 0;
        int words = 0, vowelWords = 0, clusterWords = 0;
        int wordLen = 0, consonantRun = 0, maxRun = 0;
        boolean vowel = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean latinLetter = c < 0x250 && Character.isLetter(c);
            if (latinLetter) {
                wordLen++;
                char l = Character.toLowerCase(c);
                boolean v = "aeiouy".indexOf(l) >= 0 || l >= 0xc0;
                vowel |= v;
                consonantRun = v ? 0 : consonantRun + 1;
                maxRun = Math.max(maxRun, consonantRun);
            } else {
                if (wordLen >= 2) {
                    words++;
                    if (vowel) vowelWords++;
                    if (maxRun >= 5) clusterWords++;
                }
                wordLen = 0;
                consonantRun = 0;
                maxRun = 0;
                vowel = false;
            }
            if (i == n || Character.isWhitespace(c)) continue;
            nonSpace++;
            if (Character.isLetter(c)) letters++;
            if (latinLetter) latin++;
            if (c == '\ufffd' || (c >= 0xe000 && c <= 0xf8ff) || Character.isISOControl(c)
                    || Character.isSurrogate(c) && Character.getType(c) == Character.PRIVATE_USE) bad++;
        }
        if (nonSpace < MIN_CHARS) return null;
        if (bad > 0.2 * nonSpace) return percent(bad, nonSpace) + " of characters are unmapped glyphs";
        if (letters < 0.4 * nonSpace) return "only " + percent(letters, nonSpace) + " of characters are letters";
        if (latin > 0.5 * letters && words >= 30) {
            if (vowelWords < 0.7 * words) return "only " + percent(vowelWords, words) + " of words have a vowel";
            if (clusterWords > 0.15 * words)
                return percent(clusterWords, words) + " of words have five or more consonants in a row";
        }
        return null;
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
    }
}
