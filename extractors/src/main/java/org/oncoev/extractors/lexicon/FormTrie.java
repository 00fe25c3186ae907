package org.oncoev.extractors.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A character trie of written forms, matched at word boundaries. A space or hyphen inside a form matches
 * exactly one separator character in the text (space, hyphen, dashes, non-breaking space). Case-insensitive
 * tries compare lower-cased characters. Built once, then only read: safe to share between threads.
 */
final class FormTrie {
    private static final char SEP = '\u0000';

    private final boolean caseInsensitive;
    private final Node root = new Node();
    /** The root's children for ASCII characters (the separator's too), read without boxing or hashing. */
    private final Node[] rootAscii = new Node[128];
    private int maxLength;

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        LexiconEntry entry;
    }

    FormTrie(boolean caseInsensitive) {
        this.caseInsensitive = caseInsensitive;
    }

    /** Adds a form; returns the entry already stored under the same form, or null. */
    LexiconEntry put(String form, LexiconEntry entry) {
        Node n = root;
        int len = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = fold(form.charAt(i));
            if (isSeparator(c)) c = SEP;
            n = n.next.computeIfAbsent(c, k -> new Node());
            if (i == 0 && c < 128) rootAscii[c] = n;
            len++;
        }
        maxLength = Math.max(maxLength, len);
        if (n.entry != null && n.entry != entry) return n.entry;
        n.entry = entry;
        return null;
    }

    /** End (exclusive) of the longest form starting at {@code start} that ends at a word boundary, or -1. */
    int longestMatch(String text, int start, LexiconEntry[] found) {
        Node n = root;
        int best = -1;
        int limit = Math.min(text.length(), start + maxLength);
        for (int i = start; i < limit; i++) {
            char c = fold(text.charAt(i));
            if (isSeparator(c)) c = SEP;
            n = i == start && c < 128 ? rootAscii[c] : n.next.get(c);
            if (n == null) break;
            if (n.entry != null && endsWord(text, i + 1, i + 1 - start)) {
                best = i + 1;
                found[0] = n.entry;
            }
        }
        return best;
    }

    /**
     * True when a form of {@code length} characters may end at {@code end}: at a non-alphanumeric character or,
     * for long case-insensitive forms ending in a letter, before a glued citation number ({@code docetaxel24.}).
     */
    private boolean endsWord(String text, int end, int length) {
        if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) return true;
        if (!caseInsensitive || length < 6 || !Character.isLetter(text.charAt(end - 1))) return false;
        int j = end;
        while (j < text.length() && j - end < 4 && Character.isDigit(text.charAt(j))) j++;
        return j > end && (j == text.length() || !Character.isLetterOrDigit(text.charAt(j)));
    }

    private char fold(char c) {
        if (!caseInsensitive) return c;
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return Character.toLowerCase(c);
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
                || c == '\u00a0' || c == '\u2009' || c == '\u202f';
    }

    /** True for forms matched case-sensitively: no lower-case letter and at most five letters (abbreviations). */
    static boolean isCaseSensitive(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters <= 5;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
