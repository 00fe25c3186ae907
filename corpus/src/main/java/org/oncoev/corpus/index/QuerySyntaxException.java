package org.oncoev.corpus.index;

/**
 * A query that cannot be parsed or run. {@link #getMessage()} is one line that names the problem and, when
 * known, its 0-based character {@link #position()} in the query ({@code -1} when unknown).
 */
public final class QuerySyntaxException extends Exception {
    private final int position;
    private final String reason;

    public QuerySyntaxException(String reason, int position) {
        super(oneLine(reason) + (position >= 0 ? " at position " + position : ""));
        this.reason = oneLine(reason);
        this.position = position;
    }

    /** 0-based position of the problem in the query, or -1 when unknown. */
    public int position() {
        return position;
    }

    /** The problem without its position. */
    public String reason() {
        return reason;
    }

    private static String oneLine(String s) {
        String flat = s == null ? "malformed query" : s.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
