package org.oncoev.corpus.text;

/**
 * Decides what a superscript means from the text before it: an exponent after a base of 10
 * ({@code 10⁻⁴⁸} becomes {@code 10^-48}), a power of a short unit or symbol ({@code mg/m²} becomes
 * {@code mg/m2}, {@code χ²} becomes {@code χ2}), a mass number written before an element symbol
 * ({@code ¹⁸F} becomes {@code 18F}), or otherwise a citation mark that is dropped.
 */
final class Superscripts {
    private Superscripts() {}

    enum Role { EXPONENT, POWER, PRESCRIPT, CITATION }

    /** The ASCII meaning of a superscript character, or 0 when {@code c} is not one. */
    static char plain(char c) {
        switch (c) {
            case '\u00B9': return '1';
            case '\u00B2': return '2';
            case '\u00B3': return '3';
            case '\u2070': return '0';
            case '\u207A': return '+';
            case '\u207B': return '-';
            case '\u207C': return '=';
            case '\u207D': return '(';
            case '\u207E': return ')';
            default:
                if (c >= '\u2074' && c <= '\u2079') return (char) ('4' + (c - '\u2074'));
                return 0;
        }
    }

    /**
     * The role of superscript content {@code content} (already ASCII, e.g. {@code "-48"}, {@code "2"},
     * {@code "5-7"}, {@code "1,*"}) given the normalised text emitted so far and the source character
     * right after it ({@code next}, 0 at the end).
     */
    static Role role(OffsetBuilder out, String content, boolean math, char next) {
        if (content.isEmpty()) return Role.CITATION;
        if (isMassNumber(content) && Character.isUpperCase(next) && startsToken(out)) return Role.PRESCRIPT;
        boolean signedNumber = isSignedNumber(content);
        if (signedNumber && endsWithTen(out)) return Role.EXPONENT;
        if (isPower(content) && endsWithShortToken(out)) return Role.POWER;
        if (signedNumber && content.charAt(0) == '-' && endsWithVisible(out)) return Role.EXPONENT; // g plant^-1
        if (math && !looksLikeCitation(content) && endsWithVisible(out)) return Role.EXPONENT;
        if (looksLikeCitation(content)) return Role.CITATION;
        return endsWithVisible(out) ? Role.EXPONENT : Role.CITATION;
    }

    /** One to three digits, optionally a metastable {@code m} ({@code 99m}): the mass number of a nuclide. */
    private static boolean isMassNumber(String s) {
        int n = s.endsWith("m") ? s.length() - 1 : s.length();
        if (n < 1 || n > 3) return false;
        for (int i = 0; i < n; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /** True when nothing, a space or an opening bracket comes before: the superscript opens a word. */
    private static boolean startsToken(OffsetBuilder out) {
        char l = out.last();
        return l == 0 || out.hasPendingWhitespace() || Character.isWhitespace(l) || l == '(' || l == '[';
    }

    private static boolean isSignedNumber(String s) {
        int i = (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (i == s.length()) return false;
        for (; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    private static boolean isPower(String s) {
        return s.equals("2") || s.equals("3") || s.equals("-1") || s.equals("-2") || s.equals("-3");
    }

    /** Digits, single letters, commas, dashes, asterisks and daggers: a reference or affiliation mark. */
    static boolean looksLikeCitation(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == ',' || c == '-' || c == '\u2013' || c == ' ' || c == '*'
                    || c == '\u2020' || c == '\u2021' || c == '\u00A7' || c == '#' || c == ';') continue;
            if (Character.isLetter(c)) { letters++; continue; }
            return false;
        }
        return letters <= 3 && s.length() <= 40;
    }

    /** True when the text ends with the number 10 standing alone (e.g. {@code "× 10"}, {@code "x10"}). */
    private static boolean endsWithTen(OffsetBuilder out) {
        int n = out.length();
        if (n < 2 || out.charAt(n - 1) != '0' || out.charAt(n - 2) != '1') return false;
        if (n == 2) return true;
        char before = out.charAt(n - 3);
        return !Character.isDigit(before) && before != '.' && before != ',';
    }

    /** True when the text ends with a letter token of one or two letters (a unit such as m, cm, or a symbol). */
    private static boolean endsWithShortToken(OffsetBuilder out) {
        int n = out.length();
        int i = n;
        while (i > 0 && Character.isLetter(out.charAt(i - 1)) && n - i <= 3) i--;
        int len = n - i;
        if (len == 0 || len > 2) return false;
        return i == 0 || !Character.isLetterOrDigit(out.charAt(i - 1)) || Character.isDigit(out.charAt(i - 1));
    }

    private static boolean endsWithVisible(OffsetBuilder out) {
        char l = out.last();
        return l != 0 && l != ' ' && l != '\n' && l != '\t' && !out.hasPendingWhitespace()
                && Character.isLetterOrDigit(l);
    }
}
