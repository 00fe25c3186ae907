package org.oncoev.extractors.text;

import java.util.Arrays;

/**
 * The candidate start positions of a text: where a token starts (a letter or digit, by
 * {@link Character#isLetterOrDigit(char)}, that does not follow one) and where a clause mark {@code , ; : (} stands.
 * Built in one pass and shared by every {@link StartScan} over the same text, so that scans whose starts are all
 * such positions visit these only instead of every character. Every position where a letter or digit passes
 * {@link StartScan#wordMayStart} is a token start, and so is every count start (a digit or letter after no letter
 * and no decimal digit). Immutable once built; {@link #of} keeps the last index per thread, and inside a
 * {@link #shareWithinThread()} scope (one document's extraction) every index the thread built or {@link #slice}d,
 * so that each extractor reading a passage's text finds the index another built.
 */
public final class TokenStarts {
    private static final ThreadLocal<TokenStarts> LAST = new ThreadLocal<>();
    /** The indexes of the thread's open scope by text identity, or null outside a scope. */
    private static final ThreadLocal<java.util.IdentityHashMap<String, TokenStarts>> SHARED = new ThreadLocal<>();
    private static final boolean[] LETTER_OR_DIGIT_ASCII = new boolean[128];
    /** By ASCII character: {@link #WORD} for a letter or digit, {@link #MARK} for {@code , ; : (}, else 0. */
    private static final byte[] KIND_ASCII = new byte[128];
    private static final byte WORD = 1;
    private static final byte MARK = 2;
    static {
        for (char c = 0; c < 128; c++) {
            LETTER_OR_DIGIT_ASCII[c] = Character.isLetterOrDigit(c);
            KIND_ASCII[c] = LETTER_OR_DIGIT_ASCII[c] ? WORD : ",;:(".indexOf(c) >= 0 ? MARK : 0;
        }
    }

    private final String text;
    private final int[] at;
    private final int size;

    private TokenStarts(String text, int[] at, int size) {
        this.text = text;
        this.at = at;
        this.size = size;
    }

    private TokenStarts(String text) {
        this.text = text;
        int[] found = new int[Math.max(8, text.length() / 4)];
        int n = 0;
        boolean previous = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int kind = c < 128 ? KIND_ASCII[c] : Character.isLetterOrDigit(c) ? WORD : 0;
            boolean word = kind == WORD;
            if (word && !previous || kind == MARK) {
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = i;
            }
            previous = word;
        }
        this.at = found;
        this.size = n;
    }

    /** The token starts of {@code text}: the index this thread built last when it was built for the same string object. */
    public static TokenStarts of(String text) {
        TokenStarts last = LAST.get();
        if (last != null && last.text == text) return last;
        java.util.IdentityHashMap<String, TokenStarts> shared = SHARED.get();
        TokenStarts built = shared == null ? null : shared.get(text);
        if (built == null) {
            built = new TokenStarts(text);
            if (shared != null) shared.put(text, built);
        }
        LAST.set(built);
        return built;
    }

    /**
     * Within a {@link #shareWithinThread()} scope: makes {@code piece}, the text {@code [start, start +
     * piece.length())} of {@code whole}, known to {@link #of} with the positions of {@code whole}'s index in that
     * range (building the whole's index once). Outside a scope it does nothing. The positions are those a build of
     * {@code piece} finds: they are the same as the whole's but for the first character, which starts a token in the
     * piece whenever it is a letter or digit.
     */
    public static void slice(String whole, int start, String piece) {
        java.util.IdentityHashMap<String, TokenStarts> shared = SHARED.get();
        if (shared == null || piece == whole || shared.containsKey(piece) || piece.isEmpty()) return;
        TokenStarts all = of(whole);
        int end = start + piece.length();
        int from = all.firstAtOrAfter(start);
        int to = all.firstAtOrAfter(end);
        int[] at = new int[to - from + 1];
        int n = 0;
        char first = piece.charAt(0);
        if (letterOrDigit(first) || first == ',' || first == ';' || first == ':' || first == '(') at[n++] = 0;
        for (int k = from; k < to; k++) if (all.at[k] > start) at[n++] = all.at[k] - start;
        shared.put(piece, new TokenStarts(piece, at, n));
    }

    /**
     * Opens this thread's scope in which {@link #of} keeps every index it builds (by text identity) until the scope
     * is closed; a scope opened inside another shares the outer one.
     */
    public static Scope shareWithinThread() {
        if (SHARED.get() != null) return () -> { };
        SHARED.set(new java.util.IdentityHashMap<>());
        return () -> {
            SHARED.remove();
            LAST.remove();
        };
    }

    /** An open {@link #shareWithinThread()} scope. */
    public interface Scope extends AutoCloseable {
        @Override void close();
    }

    /** The positions marked in {@code marks} (one entry per character of {@code text}), for {@link StartScan#atMarked}. */
    static TokenStarts marked(String text, boolean[] marks) {
        int n = 0;
        for (boolean m : marks) if (m) n++;
        int[] at = new int[n];
        n = 0;
        for (int i = 0; i < marks.length; i++) if (marks[i]) at[n++] = i;
        return new TokenStarts(text, at, n);
    }

    /** The given increasing {@code positions} of {@code text}, for {@link StartScan#atPositions}. */
    static TokenStarts listed(String text, int[] positions) {
        return new TokenStarts(text, positions, positions.length);
    }

    static boolean letterOrDigit(char c) {
        return c < 128 ? LETTER_OR_DIGIT_ASCII[c] : Character.isLetterOrDigit(c);
    }

    /** The text indexed (the same object as given to {@link #of}). */
    public String text() {
        return text;
    }

    /** Number of positions. */
    public int size() {
        return size;
    }

    /** The {@code k}-th position, in increasing order. */
    public int get(int k) {
        return at[k];
    }

    /** The index of the first position at or after {@code from} ({@link #size()} when there is none). */
    public int firstAtOrAfter(int from) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] < from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
