package org.oncoev.extractors.text;

/**
 * Case-folded literal search used as a necessary condition before costly regexes. Folding maps ASCII
 * capitals to lower case and the four non-ASCII letters that Java's case-insensitive regexes equate with
 * ASCII ones (U+0130 and U+0131 to {@code i}, U+017F to {@code s}, U+212A to {@code k}); so whenever a regex
 * literal matches, case-sensitively or not, its lower-case form is found here. Keywords are lower-case ASCII.
 * Stateless.
 */
public final class Folded {
    private Folded() {}

    /** {@code c} folded as described above. */
    public static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        if (c == '\u0130' || c == '\u0131') return 'i';
        if (c == '\u017f') return 's';
        if (c == '\u212a') return 'k';
        return c;
    }

    /** True when {@code keyword} occurs folded at {@code at}. */
    public static boolean startsWith(CharSequence s, int at, String keyword) {
        if (at < 0 || at + keyword.length() > s.length()) return false;
        for (int j = 0; j < keyword.length(); j++) if (fold(s.charAt(at + j)) != keyword.charAt(j)) return false;
        return true;
    }

    /** True when one of {@code keywords} occurs folded in {@code s}. */
    public static boolean containsAny(CharSequence s, String... keywords) {
        return indexOfAny(s, 0, keywords) >= 0;
    }

    /** First position at or after {@code from} where one of {@code keywords} occurs folded, or -1. */
    public static int indexOfAny(CharSequence s, int from, String... keywords) {
        for (int i = Math.max(0, from); i < s.length(); i++) {
            char c = fold(s.charAt(i));
            for (String k : keywords) if (k.charAt(0) == c && startsWith(s, i, k)) return i;
        }
        return -1;
    }

    /** Last position where one of {@code keywords} occurs folded right after a {@code \s} character, or -1. */
    public static int lastAfterSpace(CharSequence s, String... keywords) {
        for (int i = s.length() - 1; i >= 1; i--) {
            if (!isRegexSpace(s.charAt(i - 1))) continue;
            char c = fold(s.charAt(i));
            for (String k : keywords) if (k.charAt(0) == c && startsWith(s, i, k)) return i;
        }
        return -1;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS: space, tab, line feed, VT, form feed, CR. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
