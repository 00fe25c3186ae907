package org.oncoev.extractors.lexicon;

import java.util.Locale;

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
    /** The trie key of each ASCII character: folded when case-insensitive, {@link #SEP} for separators. */
    private final char[] asciiKeys = new char[128];
    /** Pairs of ASCII keys (first << 7 | second) that begin a form. */
    private final boolean[] firstPairs = new boolean[128 * 128];

    private static final class Node {
        /** The children's characters, sorted, and the children in the same order. */
        char[] keys = new char[0];
        Node[] children = new Node[0];
        LexiconEntry entry;

        /** The child for {@code c}, added when missing. */
        Node childOrNew(char c) {
            int j = slot(c);
            if (j >= 0) return children[j];
            int at = -j - 1;
            Node n = new Node();
            char[] k = new char[keys.length + 1];
            Node[] ch = new Node[keys.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, ch, 0, at);
            k[at] = c;
            ch[at] = n;
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, ch, at + 1, keys.length - at);
            keys = k;
            children = ch;
            return n;
        }

        /** The index of {@code c} in {@link #keys}, or {@code -(insertion point) - 1} (binary search). */
        private int slot(char c) {
            char[] k = keys;
            int lo = 0;
            int hi = k.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char m = k[mid];
                if (m < c) lo = mid + 1;
                else if (m > c) hi = mid - 1;
                else return mid;
            }
            return -lo - 1;
        }
    }

    FormTrie(boolean caseInsensitive) {
        this.caseInsensitive = caseInsensitive;
        for (char c = 0; c < 128; c++) asciiKeys[c] = isSeparator(fold(c)) ? SEP : fold(c);
    }

    /** Adds a form; returns the entry already stored under the same form, or null. */
    LexiconEntry put(String form, LexiconEntry entry) {
        Node n = root;
        int len = 0;
        char previousKey = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = fold(form.charAt(i));
            if (isSeparator(c)) c = SEP;
            n = n.childOrNew(c);
            if (i == 0 && c < 128) rootAscii[c] = n;
            if (i == 1 && previousKey < 128 && c < 128) firstPairs[previousKey << 7 | c] = true;
            previousKey = c;
            len++;
        }
        maxLength = Math.max(maxLength, len);
        if (n.entry != null && n.entry != entry) return n.entry;
        n.entry = entry;
        return null;
    }

    /** End (exclusive) of the longest form starting at {@code start} that ends at a word boundary, or -1. */
    int longestMatch(char[] text, int start, LexiconEntry[] found) {
        Node n = root;
        int best = -1;
        int limit = Math.min(text.length, start + maxLength);
        char[] ascii = asciiKeys;
        // two ASCII characters that begin no form: only a one-character form can match
        if (start + 1 < limit && text[start] < 128 && text[start + 1] < 128
                && !firstPairs[ascii[text[start]] << 7 | ascii[text[start + 1]]]) limit = start + 1;
        for (int i = start; i < limit; i++) {
            char c = text[i];
            if (c < 128) c = ascii[c];
            else {
                c = fold(c);
                if (isSeparator(c)) c = SEP;
            }
            if (i == start && c < 128) n = rootAscii[c];
            else {
                // Node.child's binary search, written out: C1 does not inline it
                Node parent = n;
                char[] k = parent.keys;
                int lo = 0;
                int hi = k.length - 1;
                n = null;
                while (lo <= hi) {
                    int mid = (lo + hi) >>> 1;
                    char m = k[mid];
                    if (m < c) lo = mid + 1;
                    else if (m > c) hi = mid - 1;
                    else {
                        n = parent.children[mid];
                        break;
                    }
                }
            }
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
    private boolean endsWord(char[] text, int end, int length) {
        if (end == text.length || !isLetterOrDigit(text[end])) return true;
        if (!caseInsensitive || length < 6 || !Character.isLetter(text[end - 1])) return false;
        int j = end;
        while (j < text.length && j - end < 4 && Character.isDigit(text[j])) j++;
        return j > end && (j == text.length || !isLetterOrDigit(text[j]));
    }

    /** {@link Character#isLetterOrDigit(char)}, without its table look-up for ASCII. */
    static boolean isLetterOrDigit(char c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
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
