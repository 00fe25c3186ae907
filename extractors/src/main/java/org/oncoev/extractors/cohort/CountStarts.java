package org.oncoev.extractors.cohort;

import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Where a count before a patient noun ({@code CohortExtractor}'s noun-count regex) may start. The regex's match
 * is a count, spaces and at most four words, then a noun right after a space; everything before the noun is
 * letters, numbers, hyphens, commas, thin spaces or spaces. So a start needs a digit or a number word's first
 * letter (after no letter, number or {@code . , / -}: the regex's lookbehind), and the next such noun must come
 * before the next character outside that set. Asked at increasing positions by one scan; not shared.
 */
final class CountStarts implements StartScan.StartTest {
    /** A count's first characters: digits and the first letters of number words. */
    static final StartChars FIRST = StartChars.of("", true, "otfsen");
    private final Keywords nouns;
    /** First noun (after a space) at or after the position last asked + 1, or the text length. */
    private int noun = -1;
    /** First character outside the count-and-words set at or after the position last asked. */
    private int stop = -1;

    CountStarts(Keywords nouns) {
        this.nouns = nouns;
    }

    @Override
    public boolean mayStart(String s, int i) {
        if (!countChar(s, i)) return false;
        if (noun < i + 1) {
            noun = i + 1;
            while (noun < s.length() && !(Folded.isRegexSpace(s.charAt(noun - 1)) && nouns.at(s, noun))) noun++;
        }
        if (stop < i) {
            stop = i;
            while (stop < s.length() && inCount(s.charAt(stop))) stop++;
        }
        return noun < stop;
    }

    /** The unit and tens words: a count in words starts with one of them. */
    private static final Keywords NUMBER_WORDS = new Keywords("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /**
     * A digit, or a unit or tens word ({@code CountWords}' words all start with one), not right after a letter,
     * number or {@code . , / -}.
     */
    static boolean countChar(String s, int i) {
        char c = s.charAt(i);
        boolean digit = c >= '0' && c <= '9';
        if (!digit && "otfsenOTFSEN".indexOf(c) < 0) return false;
        if (i > 0) {
            char before = s.charAt(i - 1);
            if (before < 128) {
                if (AFTER_ASCII_BLOCKS[before]) return false;
            } else if (!Character.isSurrogate(before) && (Character.isLetter(before) || isNumber(before) || before == '.'
                    || before == ',' || before == '/' || before == '-')) return false;
        }
        return digit || NUMBER_WORDS.at(s, i);
    }

    /** ASCII characters that a count may not follow: letters, digits and {@code . , / -}. */
    private static final boolean[] AFTER_ASCII_BLOCKS = new boolean[128];
    /** ASCII characters of {@link #inCount}. */
    private static final boolean[] IN_COUNT_ASCII = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) {
            AFTER_ASCII_BLOCKS[c] = Character.isLetter(c) || isNumber(c) || c == '.' || c == ',' || c == '/' || c == '-';
            IN_COUNT_ASCII[c] = inCountSlow(c);
        }
    }

    /** Characters a count and the words after it are made of (surrogates are let through). */
    private static boolean inCount(char c) {
        return c < 128 ? IN_COUNT_ASCII[c] : inCountSlow(c);
    }

    private static boolean inCountSlow(char c) {
        return Character.isLetter(c) || isNumber(c) || Folded.isRegexSpace(c) || c == '-' || c == ','
                || c == '\u2009' || c == '\u202f' || Character.isSurrogate(c);
    }

    /**
     * False only where a count in digits ({@link CountWords#DIGITS}) starting at {@code i} cannot be followed as a
     * regex needs: by a thousands separator and a digit, by spaces and a bracket (when {@code bracket}: a percentage),
     * or by {@code \s} characters and one of {@code words} (as prefixes, ASCII case ignored). True where no digit
     * stands at {@code i} (a count in words is left to the regex).
     */
    static boolean digitsThen(String s, int i, Keywords words, boolean bracket) {
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        if (j == i) return true;
        if (j + 1 < s.length() && ",\u2009\u202f ".indexOf(s.charAt(j)) >= 0 && s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9') return true;
        int k = j;
        while (k < s.length() && Folded.isRegexSpace(s.charAt(k))) k++;
        if (k == s.length()) return false;
        if (bracket && (s.charAt(k) == '(' || s.charAt(k) == '[')) return true;
        return k > j && words.at(s, k);
    }

    private static boolean isNumber(char c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
