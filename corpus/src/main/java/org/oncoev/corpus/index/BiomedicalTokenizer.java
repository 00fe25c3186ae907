package org.oncoev.corpus.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into tokens that keep biomedical notation whole: letters and digits joined by inner
 * hyphens or slashes ({@code 5-FU}, {@code mg/m2}, {@code FOLFOX4}, {@code IFN-α}) and decimals
 * ({@code 0.001}, {@code 17.2}). Numeric ranges ({@code 0.5-0.8}) become one token per number; Unicode
 * hyphens (U+2010, U+2011) read as {@code -}. Everything else (spaces, punctuation, symbols) separates tokens.
 *
 * <p>Reads at most {@link #MAX_INPUT_CHARS} characters per field value; tokens longer than
 * {@link #MAX_TOKEN_CHARS} are dropped. Offsets are corrected through any char filters.
 */
public final class BiomedicalTokenizer extends Tokenizer {
    /** Characters read per field value; the rest is ignored. */
    public static final int MAX_INPUT_CHARS = 1_000_000;
    /** Longest token kept. */
    public static final int MAX_TOKEN_CHARS = 128;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final StringBuilder buffer = new StringBuilder();
    private final Deque<int[]> pending = new ArrayDeque<>();
    private int pos;
    private int finalOffset;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (pending.isEmpty()) {
            if (!scanNext()) return false;
        }
        int[] span = pending.poll();
        termAtt.setEmpty();
        for (int i = span[0]; i < span[1]; i++) termAtt.append(normalise(buffer.charAt(i)));
        offsetAtt.setOffset(correctOffset(span[0]), correctOffset(span[1]));
        return true;
    }

    /** Finds the next raw token and queues it (split if it is a numeric range); false at end of input. */
    private boolean scanNext() {
        int n = buffer.length();
        while (pos < n && !Character.isLetterOrDigit(buffer.charAt(pos))) pos++;
        if (pos >= n) return false;
        int start = pos;
        while (pos < n) {
            char c = buffer.charAt(pos);
            if (Character.isLetterOrDigit(c)) {
                pos++;
            } else if (joins(c, pos) ) {
                pos++;
            } else {
                break;
            }
        }
        int end = pos;
        if (end - start > MAX_TOKEN_CHARS) return true;
        if (isNumericRange(start, end)) {
            int partStart = start;
            for (int i = start; i <= end; i++) {
                if (i == end || isHyphen(buffer.charAt(i))) {
                    pending.add(new int[] {partStart, i});
                    partStart = i + 1;
                }
            }
        } else {
            pending.add(new int[] {start, end});
        }
        return true;
    }

    /** A joiner between two letters/digits: hyphens and slashes always, a dot only between digits. */
    private boolean joins(char c, int i) {
        if (i + 1 >= buffer.length() || i == 0) return false;
        char before = buffer.charAt(i - 1);
        char after = buffer.charAt(i + 1);
        if (!Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after)) return false;
        if (c == '.') return Character.isDigit(before) && Character.isDigit(after);
        return isHyphen(c) || c == '/';
    }

    /** True when the token is numbers joined by hyphens only, e.g. {@code 0.5-0.8} or {@code 2-3}. */
    private boolean isNumericRange(int start, int end) {
        boolean hyphen = false;
        for (int i = start; i < end; i++) {
            char c = buffer.charAt(i);
            if (isHyphen(c)) hyphen = true;
            else if (!Character.isDigit(c) && c != '.') return false;
        }
        return hyphen;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static char normalise(char c) {
        return isHyphen(c) ? '-' : c;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        buffer.setLength(0);
        pending.clear();
        pos = 0;
        char[] chunk = new char[4096];
        int read;
        while (buffer.length() < MAX_INPUT_CHARS && (read = input.read(chunk)) != -1) {
            buffer.append(chunk, 0, Math.min(read, MAX_INPUT_CHARS - buffer.length()));
        }
        finalOffset = correctOffset(buffer.length());
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAtt.setOffset(finalOffset, finalOffset);
    }
}
