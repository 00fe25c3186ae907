package org.oncoev.extractors.text;

/**
 * Case folding for literal searches used as necessary conditions before costly regexes. Folding maps ASCII
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
    public static boolean startsWith(String s, int at, String keyword) {
        if (at < 0 || at + keyword.length() > s.length()) return false;
        for (int j = 0; j < keyword.length(); j++) if (fold(s.charAt(at + j)) != keyword.charAt(j)) return false;
        return true;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS: space, tab, line feed, VT, form feed, CR. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
