package org.oncoev.corpus.pdf;

import java.util.regex.Pattern;

/** Cell rows of a table region: multi-line cells joined, rows written as tab-separated text. Stateless. */
final class TableCells {
    /** A cell that ends like this goes on in the next line. */
    private static final Pattern OPEN_END = Pattern.compile(".*(?:[-,(/\u2013]|\\b(?:and|or|of|with|the|in|to|for|vs\\.?))$");

    private TableCells() {}

    /**
     * True when {@code next} only continues cells of {@code row}: it fills fewer cells, each under a
     * filled cell of {@code row}, and each either starts in lower case or follows a cell left open.
     */
    static boolean continues(String[] row, String[] next) {
        int filled = 0, filledAbove = 0;
        for (int c = 0; c < next.length; c++) {
            if (row[c] != null) filledAbove++;
            if (next[c] == null) continue;
            filled++;
            if (row[c] == null || next[c].isEmpty()) return false;
            if (!Character.isLowerCase(next[c].charAt(0)) && !OPEN_END.matcher(row[c]).matches()) return false;
        }
        return filled > 0 && filled < filledAbove;
    }

    /** Appends each filled cell of {@code next} to the cell above it. */
    static void join(String[] row, String[] next) {
        for (int c = 0; c < next.length; c++) {
            if (next[c] == null) continue;
            boolean hyphen = row[c].endsWith("-") && Character.isLowerCase(next[c].charAt(0));
            row[c] = hyphen ? row[c] + next[c] : row[c] + " " + next[c];
        }
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
