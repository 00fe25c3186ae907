package org.oncoev.corpus.text;

/**
 * Decides what a superscript means from the text before it: an exponent after a base of 10
 * ({@code 10⁻⁴⁸} becomes {@code 10^-48}), a power of a short unit or symbol ({@code mg/m²} becomes
 * {@code mg/m2}, {@code χ²} becomes {@code χ2}), or otherwise a citation mark that is dropped.
 */
final class Superscripts {
    private Superscripts() {}

    enum Role { EXPONENT, POWER, CITATION }

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
     * {@code "5-7"}, {@code "1,*"}) given the normalised text emitted so far.
     */
    static Role role(OffsetBuilder out, String content, boolean math) {
        if (content.isEmpty()) return Role.CITATION;
        boolean signedNumber = isSignedNumber(content);
        if (signedNumber && endsWithTen(out)) return Role.EXPONENT;
        if (isPower(content) && endsWithShortToken(out)) return Role.POWER;
        if (math && !looksLikeCitation(content) && endsWithVisible(out)) return Role.EXPONENT;
        if (looksLikeCitation(content)) return Role.CITATION;
        return endsWithVisible(out) ? Role.EXPONENT : Role.CITATION;
    }

    /**
     * True when a superscript of one to three digits opens a word and a letter follows it: a mass number
     * ({@code <sup>18</sup>F-FDG}, {@code <sup>131</sup>I}), kept as digits before the word, not a citation mark.
     */
    static boolean isMassNumber(OffsetBuilder out, String content, char next) {
        if (content.isEmpty() || content.length() > 3 || !Character.isLetter(next)) return false;
        for (int i = 0; i < content.length(); i++) if (!Character.isDigit(content.charAt(i))) return false;
        char l = out.last();
        return l == 0 || l == ' ' || l == '\n' || l == '\t' || l == '(' || l == '[' || l == '/' || out.hasPendingWhitespace();
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
