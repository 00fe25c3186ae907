package org.oncoev.extractors;

/** Comparison written before a number ({@code P < .001}); {@link #symbol()} is the gold-format form. */
public enum Relation {
    EQ("="), LT("<"), GT(">"), LE("<="), GE(">=");

    private final String symbol;

    Relation(String symbol) { this.symbol = symbol; }

    public String symbol() { return symbol; }

    /** Parses {@code = < > <= >= ≤ ≥ ≦ ≧ =<} and their spelled variants; null when not a relation. */
    public static Relation parse(String s) {
        if (s == null) return null;
        return switch (s.strip()) {
            case "=", "==", "is", "of" -> EQ;
            case "<", "&lt;" -> LT;
            case ">", "&gt;" -> GT;
            case "<=", "≤", "≦", "=<", "⩽" -> LE;
            case ">=", "≥", "≧", "=>", "⩾" -> GE;
            default -> null;
        };
    }
}
