package org.oncoev.extractors.cohort;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads patient counts as papers print them: digits with thousands separators ({@code 1,251}, {@code 1 251})
 * and numbers written as words ({@code Sixty-six}, {@code one hundred and twelve}, {@code two thousand}).
 * Pure and thread-safe.
 */
public final class CountWords {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_WORD_BREAK = java.util.regex.Pattern.compile("[\\s,-]+");
    private CountWords() {}

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private static final String UNIT = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TEN = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String BELOW_100 = "(?:(?:" + TEN + ")(?:[- ](?:" + UNIT + "))?|" + UNIT + ")";
    private static final String BELOW_1000 = "(?:(?:" + UNIT + ") hundred(?: (?:and )?" + BELOW_100 + ")?|" + BELOW_100 + ")";

    /** A count written in words, up to {@code nine hundred ninety-nine thousand ...}; case-insensitive use. */
    public static final String WORDS = "(?:" + BELOW_1000 + " thousand(?:,? (?:and )?" + BELOW_1000 + ")?|" + BELOW_1000 + ")";

    /** A count in digits: {@code 82}, {@code 1,251}, {@code 1 251} (comma, thin or normal space). */
    public static final String DIGITS = "(?:\\d{1,3}(?:[,\u2009\u202f ]\\d{3}(?![\\d.,]\\d))+|\\d{1,7})";

    /** Either form; use with {@link Pattern#CASE_INSENSITIVE}. */
    public static final String COUNT = "(?:" + DIGITS + "|\\b" + WORDS + ")";

    private static final String[] FIRST_WORDS = java.util.stream.Stream.concat(UNITS.keySet().stream(),
            TENS.keySet().stream()).toArray(String[]::new);

    /**
     * False only when {@code text[from, to)} can hold no count of {@link #COUNT}: it has no ASCII digit and no
     * whole word (a maximal run of letters) that is a unit or tens word, case-insensitively. A cheap pre-filter.
     */
    public static boolean mayContainCount(String text, int from, int to) {
        // a digit anywhere answers at once; only a text without one is read word by word
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        int word = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 128 ? ASCII_LETTER[c] : Character.isLetter(c)) {
                if (word < 0) word = i;
            } else if (word >= 0) {
                if (isFirstWord(text, word, i)) return true;
                word = -1;
            }
        }
        return word >= 0 && isFirstWord(text, word, to);
    }

    /** {@link Character#isLetter(char)} of the ASCII characters. */
    private static final boolean[] ASCII_LETTER = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) ASCII_LETTER[c] = Character.isLetter(c);
    }

    /** The unit and tens words by length. */
    private static final String[][] FIRST_WORDS_BY_LENGTH = new String[10][];
    static {
        for (int n = 0; n < FIRST_WORDS_BY_LENGTH.length; n++) {
            final int length = n;
            FIRST_WORDS_BY_LENGTH[n] = java.util.Arrays.stream(FIRST_WORDS).filter(w -> w.length() == length)
                    .toArray(String[]::new);
        }
    }

    /**
     * The word {@code text[start, end)} lower-cased is a unit or tens word. Compared without copying: only ASCII
     * capitals lower-case onto these words' letters (the Kelvin sign's {@code k} is in none of them, and a dotted
     * capital I lower-cases to two characters).
     */
    private static boolean isFirstWord(String text, int start, int end) {
        int n = end - start;
        if (n < 3 || n > 9) return false;
        char c = text.charAt(start);
        if (c != 'o' && c != 't' && c != 'f' && c != 's' && c != 'e' && c != 'n' && c != 'O' && c != 'T' && c != 'F'
                && c != 'S' && c != 'E' && c != 'N') return false;
        for (String w : FIRST_WORDS_BY_LENGTH[n]) {
            if (equalsIgnoringAsciiCase(text, start, w)) return true;
        }
        return false;
    }

    private static boolean equalsIgnoringAsciiCase(String text, int start, String lowerWord) {
        for (int j = 0; j < lowerWord.length(); j++) {
            char c = text.charAt(start + j);
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c != lowerWord.charAt(j)) return false;
        }
        return true;
    }

    /** The value of a count matched by {@link #COUNT}, or -1 when it is not one. */
    public static int parse(String text) {
        if (text == null) return -1;
        String s = text.strip();
        if (s.isEmpty() || s.length() > 120) return -1;
        if (Character.isDigit(s.charAt(0))) {
            // the thousands separators (comma, thin, narrow or normal space) dropped, then at most nine digits
            char[] digits = new char[s.length()];
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ',' || c == '\u2009' || c == '\u202f' || c == ' ') continue;
                if (!Character.isDigit(c) || n == 9) return -1;
                digits[n++] = c;
            }
            return Integer.parseInt(new String(digits, 0, n));
        }
        return parseWords(s.toLowerCase(Locale.ROOT));
    }

    private static int parseWords(String s) {
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String w : RX_WORD_BREAK.split(s)) {
            if (w.isEmpty() || w.equals("and")) continue;
            Integer u = UNITS.get(w);
            Integer t = TENS.get(w);
            if (u != null) current += u;
            else if (t != null) current += t;
            else if (w.equals("hundred")) current = Math.max(current, 1) * 100;
            else if (w.equals("thousand")) { total += Math.max(current, 1) * 1000; current = 0; }
            else return -1;
            any = true;
        }
        return any ? total + current : -1;
    }
}
