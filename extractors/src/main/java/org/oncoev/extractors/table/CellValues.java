package org.oncoev.extractors.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readings of single table cells: a p-value, a CI range, an HR with or without its CI, a reference mark. Pure. */
public final class CellValues {
    private CellValues() {}

    static final String NUM = "(?:\\d{1,3}(?:\\.\\d{1,6})?|\\.\\d{1,6})";
    private static final String SCI = "(?:\\s{0,2}(?:[×xX*·]\\s{0,2}10\\s{0,2}\\^?\\s{0,2}[-−]\\s{0,2}\\d{1,3}|[eE][-−]\\d{1,3}))?";
    private static final String MARKS = "\\s{0,2}[*†‡§¶#a-e]{0,3}";

    /** A p-value cell: optional relation, a number in p form, optional footnote marks. Groups: rel, num. */
    public static final Pattern P_CELL = Pattern.compile("(?<rel><=|>=|[<>=≤≥])?\\s{0,2}(?<num>(?:0|1)?\\.\\d{1,6}" + SCI
            + "|[01](?:\\.0{1,4})?|\\d\\.\\d{1,3}" + SCI.replace("?", "") + ")" + MARKS);

    /** A CI cell: {@code 0.48–0.76}, {@code (0.57, 2.54)}, {@code 0.45 to 0.86}. Groups: low, high. */
    public static final Pattern CI_CELL = Pattern.compile("[(\\[]?\\s{0,2}(?<low>" + NUM + ")\\s{0,2}(?:-|–|—|to|,|;)\\s{0,2}(?<high>"
            + NUM + ")\\s{0,2}[)\\]]?" + MARKS);

    /** An HR cell with an optional CI: {@code 1.20}, {@code 0.72 (0.58-0.90)}, {@code 1.20(0.57, 2.54)}. Groups: value, low, high. */
    public static final Pattern HR_CELL = Pattern.compile("(?<value>" + NUM + ")" + MARKS + "\\s{0,2}(?:[(\\[]\\s{0,2}(?:95\\s?%\\s?CI[:,]?\\s{0,2})?(?<low>" + NUM
            + ")\\s{0,2}(?:-|–|—|to|,|;)\\s{0,2}(?<high>" + NUM + ")\\s{0,2}[)\\]])?" + MARKS);

    /** Reference-category wording: {@code ref}, {@code Reference}, {@code 1.00 (ref)}, {@code 1 [Reference]}. */
    public static final Pattern REFERENCE = Pattern.compile("(?i)\\bref(?:erence|\\.)?\\b|^1(?:\\.0{1,3})?\\s{0,2}\\(?\\s{0,2}ref");

    private static final Pattern EMPTY_MARK = Pattern.compile("(?i)[—–-]{1,2}|n/?a|nr|ne|nc|nd|n\\.?s\\.?|not\\s(?:reached|estimable|evaluable|applicable|available|calculable)|\\.{1,3}");

    /** True when the cell says "nothing here": a dash, NA, NR, NE, not reached. */
    public static boolean isEmptyMark(String text) {
        return EMPTY_MARK.matcher(text.strip()).matches();
    }

    /** The p-value matcher of {@code text} when the whole cell is one, else null. */
    public static Matcher pValue(String text) {
        Matcher m = P_CELL.matcher(text.strip());
        return m.matches() ? m : null;
    }

    /** A bracketed pair of numbers glued after a cell's value from the next printed line: {@code (9.5, 83.9)}, {@code (-56.3, 66.5)}. */
    private static final Pattern GLUED_PAIR = Pattern.compile("\\s{0,3}[(\\[]\\s{0,2}(?<low>[-−–]?\\d{1,6}(?:\\.\\d{1,6})?)"
            + "\\s{0,2}(?:[,;]|\\s)\\s{0,2}(?<high>[-−–]?\\d{1,6}(?:\\.\\d{1,6})?)\\s{0,2}[)\\]]");

    /**
     * The p-value matcher of a cell that is a p-value glued to a bracketed pair of the line below it
     * ({@code 0.012 (9.5, 83.9)}, a flattened "(min, max)" sub-line), else null. The pair must not enclose the
     * value: a number inside its own bracketed range is an estimate with its CI, not a p-value. Matched on
     * {@code text} as given (offsets index it).
     */
    public static Matcher pValueBeforePair(String text) {
        Matcher m = P_CELL.matcher(text);
        if (!m.lookingAt() || m.group("rel") == null && m.start("num") != 0) return null;
        Matcher pair = GLUED_PAIR.matcher(text);
        pair.region(m.end(), text.length());
        if (!pair.matches()) return null;
        double v = org.oncoev.extractors.pvalue.PValueSyntax.parseNumber(m.group("num"));
        double low = number(pair.group("low")), high = number(pair.group("high"));
        if (Double.isNaN(v) || v < 0 || v > 1 || low <= v && v <= high) return null;
        return m;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.replace('−', '-').replace('–', '-'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** True when the whole cell is a CI range. */
    public static boolean isCi(String text) {
        return CI_CELL.matcher(text.strip()).matches();
    }

    /** True when the cell is a number with its CI in brackets. */
    public static boolean isHrWithCi(String text) {
        Matcher m = HR_CELL.matcher(text.strip());
        return m.matches() && m.group("low") != null;
    }

    /** True when the cell is a decimal number (an estimate) or a reference mark. */
    public static boolean isEstimate(String text) {
        String t = text.strip();
        if (REFERENCE.matcher(t).find()) return true;
        Matcher m = HR_CELL.matcher(t);
        return m.matches() && m.group("low") == null && t.indexOf('.') >= 0;
    }
}
