package org.oncoev.corpus.table;

import java.util.regex.Pattern;

/** How table readers tell a data cell from a label and find a table's printed label. Pure. */
public final class CellKinds {
    private CellKinds() {}

    /** A data cell: a number (maybe after a relation or sign), a bracketed number, or a not-available mark. */
    private static final Pattern VALUE = Pattern.compile(
            "(?:[<>≤≥=~±+−–-]\\s?)?(?:\\d|\\.\\d|[(\\[]\\s?[<>≤≥]?\\s?\\d)"
            + "(?:[^\\p{L}]|\\b(?:to|vs|NR|NE|NA|not\\sreached|mo|months?|years?|yrs?|weeks?|wk|days?|mg|e|E|x|ref)\\b|[a-d](?!\\p{L}))*"
            + "|(?i:NA|NR|NE|N/A|NS|ND|NC|—|–|-|ref\\.?|reference|not\\s(?:reached|estimable|evaluable|applicable|available|calculable))"
            + "[a-d*†‡§¶]?");

    /** A table's printed label at the start of a text: {@code Table 2}, {@code Supplementary Table S1}. */
    public static final Pattern LABEL = Pattern.compile("(?:Supplementary\\s|Supplemental\\s)?Table\\s?S?\\d{1,2}(?:[A-Za-z](?!\\p{L}))?(?=[\\s.:|\\p{Lu}]|$)");

    private static final Pattern EMPTY_MARK = Pattern.compile("(?i)[—–-]{1,2}|n/?a|nr|ne|nc|nd|n\\.?s\\.?|not\\s(?:reached|estimable|evaluable|applicable|available|calculable)");

    /** True when {@code cell} is a dash or a not-available mark ({@code —}, {@code NA}, {@code NR}, {@code not reached}). */
    public static boolean isEmptyMark(String cell) {
        return EMPTY_MARK.matcher(cell.strip()).matches();
    }

    /** A time point heading a column: {@code 1-year}, {@code 24-month}. */
    private static final Pattern TIME_POINT = Pattern.compile("(?i)\\d{1,3}[-\u2010\u2011]?(?:year|yr|month|mo|week|wk|day)s?");

    /**
     * True when {@code cell} reads as data for telling header rows from body rows: a value ({@link #isValue}) that
     * is not a time point heading a column ({@code 1-year}, {@code 5-year}).
     */
    public static boolean isData(String cell) {
        return isValue(cell) && !TIME_POINT.matcher(cell.strip()).matches();
    }

    /** True when {@code cell} reads as a data cell rather than a label. */
    public static boolean isValue(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || s.length() > 80) return false;
        return VALUE.matcher(s).matches();
    }
}
