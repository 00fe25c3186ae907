package org.oncoev.corpus.pdf;

import java.util.regex.Pattern;
import org.oncoev.corpus.table.CellKinds;

/** Cell rows of a table region: multi-line cells joined, rows written as tab-separated text. Stateless. */
final class TableCells {
    /** A cell that ends like this goes on in the next line. */
    private static final Pattern OPEN_END = Pattern.compile(".*(?:[-,(/\u2013]|\\b(?:and|or|of|with|the|in|to|for|vs\\.?))$");

    private TableCells() {}

    /**
     * True when {@code next} only continues cells of {@code row}: it fills fewer cells, each under a
     * filled cell of {@code row}, and each either starts in lower case, with {@code (} or {@code =}
     * ({@code (n = 41)}, {@code (95% CI)}), or follows a cell left open (a trailing connector or an
     * unclosed parenthesis: {@code Arm B (n} over {@code = 60)}).
     */
    static boolean continues(String[] row, String[] next) {
        int filled = 0, filledAbove = 0;
        for (int c = 0; c < next.length; c++) {
            if (row[c] != null) filledAbove++;
            if (next[c] == null) continue;
            filled++;
            if (row[c] == null || next[c].isEmpty()) return false;
            char first = next[c].charAt(0);
            if (!Character.isLowerCase(first) && first != '(' && first != '=' && !open(row[c])) return false;
        }
        return filled > 0 && filled < filledAbove;
    }

    /**
     * True when {@code row} holds only a row label and {@code next} goes on with that label (lower case, or the
     * label left open) and carries the row's values: a two-line label whose values sit on its last line.
     */
    static boolean labelGoesOn(String[] row, String[] next) {
        if (row.length < 2 || row[0] == null || next[0] == null || next[0].isEmpty()) return false;
        for (int c = 1; c < row.length; c++) if (row[c] != null) return false;
        boolean values = false;
        for (int c = 1; c < next.length; c++) if (next[c] != null) values = true;
        return values && (Character.isLowerCase(next[0].charAt(0)) || open(row[0]));
    }

    /**
     * True when {@code next}, a header line (no data but what ends a cell left open), goes on with header cells of {@code row} that wrap over
     * lines ({@code Number of} over {@code samples}): it fills a cell after the first, each cell under a filled
     * cell of {@code row}; and it is set closer to the line above than rows are to each other ({@code tight}:
     * the leading inside a cell), or all its cells read as a continuation (lower case, an opening bracket or
     * {@code =}, or under a cell left open), or it fills fewer cells and at least half of them do. A lower header row under a header spanning its
     * sub-columns fills cells under empty ones, and one of unit cells ({@code No.} under {@code n}) set as a
     * row reads as no continuation, so each stays a row of its own.
     */
    static boolean headerGoesOn(String[] row, String[] next, boolean tight) {
        int filled = 0, filledAbove = 0, goesOn = 0;
        boolean after = false;
        for (int c = 0; c < next.length; c++) {
            if (row[c] != null) filledAbove++;
            if (next[c] == null) continue;
            if (row[c] == null || next[c].isEmpty()) return false;
            if (c > 0 && CellKinds.isData(next[c]) && !open(row[c])) return false; // data, unless it ends "(N ="
            filled++;
            if (c > 0) after = true;
            char first = next[c].charAt(0);
            if (Character.isLowerCase(first) || first == '(' || first == '=' || open(row[c])) goesOn++;
        }
        return after && (filled < filledAbove || tight || goesOn == filled) && (tight || 2 * goesOn >= filled);
    }

    /** A cell after the first reads as data. */
    static boolean hasData(String[] row) {
        for (int c = 1; c < row.length; c++) if (row[c] != null && CellKinds.isData(row[c])) return true;
        return false;
    }

    /** Moves the label of {@code row} in front of the label of {@code next} and takes next's values into row. */
    static void joinLabel(String[] row, String[] next) {
        row[0] = glued(row[0], next[0]) ? row[0] + next[0] : row[0] + " " + next[0];
        for (int c = 1; c < row.length; c++) row[c] = next[c];
    }

    /** A cell that ends on a connector or leaves a parenthesis open. */
    private static boolean open(String cell) {
        int depth = 0;
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '(') depth++;
            else if (ch == ')' && depth > 0) depth--;
        }
        return depth > 0 || OPEN_END.matcher(cell).matches();
    }

    /** Appends each filled cell of {@code next} to the cell above it. */
    static void join(String[] row, String[] next) {
        for (int c = 0; c < next.length; c++) {
            if (next[c] == null) continue;
            row[c] = glued(row[c], next[c]) ? row[c] + next[c] : row[c] + " " + next[c];
        }
    }

    /**
     * A cell line that ends in a hyphen goes on without a space: before lower case (a word broken or a compound), and
     * after a lower-case word part before a capital ({@code Beta-} | {@code Hydroxybutyrate}; {@code ER-} | {@code PR+}
     * stay apart).
     */
    private static boolean glued(String cell, String next) {
        int n = cell.length();
        if (n < 2 || cell.charAt(n - 1) != '-' || next.isEmpty()) return false;
        char first = next.charAt(0);
        return Character.isLowerCase(first) || Character.isUpperCase(first) && n >= 3
                && Character.isLowerCase(cell.charAt(n - 2)) && Character.isLowerCase(cell.charAt(n - 3));
    }

    /** The cells joined by tabs, empty cells as empty strings. */
    static String tsv(String[] cells) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) sb.append('\t');
            if (cells[c] != null) sb.append(cells[c]);
        }
        return sb.toString();
    }
}
