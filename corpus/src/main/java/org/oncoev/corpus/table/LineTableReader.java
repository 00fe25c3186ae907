package org.oncoev.corpus.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads a table printed one cell per line (what PubMed Central text renderings give): an optional
 * {@code Table N caption} first line, header lines, then rows, each a label line followed by its data
 * lines; a blank source line between data lines is an empty cell ({@link LineHints#blankLinesAt}). A line
 * is a row label when it is indented in the source (a sub-row such as {@code Mean} under {@code Age}) or
 * does not read as data ({@link CellKinds#isValue}). The label is column 0 and data cell {@code k} of a row
 * column {@code k + 1}. Header lines are laid over the columns from the right; a header glued onto the
 * first row label (no separate header line) becomes one header cell spanning every column, the label cut off
 * where a capital follows a lower-case letter ({@link #labelStart}); so does a lone header line followed by
 * blank lines and an indented line (the label it ends is a group row over sub-rows). Returns null
 * when the text does not lay out as a grid (fewer than two rows with data). Pure; at most
 * {@value #MAX_LINES} lines are read.
 */
public final class LineTableReader {
    static final int MAX_LINES = 4000;

    private LineTableReader() {}

    /** A line of the passage text: its trimmed text and its range; {@code blanksAfter} empty lines follow it. */
    record Line(String text, int start, int end, boolean indented, int blanksAfter) {
        TableCell cell(int column) {
            return new TableCell(text, start, end, column);
        }
    }

    /** The table in {@code text}, or null. */
    public static Table read(String text, LineHints hints) {
        List<Line> lines = lines(text, hints);
        if (lines.isEmpty()) return null;
        String label = null;
        TableCell caption = null;
        int i = 0;
        Matcher m = CellKinds.LABEL.matcher(lines.get(0).text());
        if (m.lookingAt()) {
            Line first = lines.get(0);
            label = m.group();
            int cs = first.start() + m.end();
            while (cs < first.end() && (Character.isWhitespace(text.charAt(cs)) || text.charAt(cs) == '.' || text.charAt(cs) == ':')) cs++;
            caption = new TableCell(text.substring(cs, first.end()), cs, first.end(), 0);
            i = 1;
        }
        int firstValue = -1;
        for (int k = i; k < lines.size(); k++) {
            if (isData(lines.get(k))) { firstValue = k; break; }
        }
        if (firstValue <= i) return null;
        int firstLabel = firstValue - 1;
        if (firstLabel == i + 1 && lines.get(i).blanksAfter() > 0 && lines.get(firstLabel).indented()
                && labelStart(lines.get(i).text()) > 0) firstLabel = i;
        Line gluedHeader = null;
        if (firstLabel == i) {
            Line glued = lines.get(firstLabel);
            int cut = labelStart(glued.text());
            if (cut > 0) {
                lines = new ArrayList<>(lines);
                lines.set(firstLabel, new Line(glued.text().substring(cut), glued.start() + cut, glued.end(), glued.indented(), glued.blanksAfter()));
                gluedHeader = new Line(glued.text().substring(0, cut), glued.start(), glued.start() + cut, false, 0);
            }
        }
        List<List<Line>> rows = rows(lines, firstLabel);
        int columns = dataColumns(rows);
        if (columns < 1 || rows.size() < 2) return null;
        List<TableRow> body = new ArrayList<>();
        int withData = 0;
        for (List<Line> r : rows) {
            List<TableCell> cells = new ArrayList<>();
            cells.add(r.get(0).cell(0));
            boolean data = false;
            int col = 1;
            for (int k = 1; k < r.size(); k++) {
                Line l = r.get(k);
                if (!l.text().isEmpty()) cells.add(l.cell(col));
                col++;
                data |= !l.text().isEmpty();
            }
            if (data) withData++;
            body.add(new TableRow(cells, r.get(0).indented() ? 1 : 0));
        }
        if (withData < 2) return null;
        List<TableRow> header = gluedHeader != null
                ? List.of(new TableRow(List.of(new TableCell(gluedHeader.text(), gluedHeader.start(), gluedHeader.end(), 0, columns + 1, 1))))
                : header(lines.subList(i, firstLabel), lines.get(firstLabel), columns);
        return new Table(label, caption, header, body, List.of());
    }

    /** A data line: reads as a value and is not indented. */
    private static boolean isData(Line l) {
        return !l.indented() && CellKinds.isValue(l.text());
    }

    /** Rows from {@code from}: a label line and the data lines after it; each blank line is an empty cell. */
    private static List<List<Line>> rows(List<Line> lines, int from) {
        List<List<Line>> rows = new ArrayList<>();
        List<Line> row = null;
        for (int k = from; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (!isData(l) || row == null) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(withoutBlanks(l));
            for (int b = 0; b < l.blanksAfter(); b++) row.add(empty(l));
        }
        return rows;
    }

    private static Line withoutBlanks(Line l) {
        return new Line(l.text(), l.start(), l.end(), l.indented(), 0);
    }

    private static Line empty(Line after) {
        return new Line("", after.end(), after.end(), false, 0);
    }

    /** The number of data columns: the most frequent cell count of rows with data (the larger on a tie). */
    private static int dataColumns(List<List<Line>> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<Line> r : rows) {
            int n = r.size() - 1;
            while (n > 0 && r.get(n).text().isEmpty()) n--;
            if (n > 0) counts.merge(r.size() - 1, 1, Integer::sum);
        }
        int best = 0, bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() > best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * Header rows from the header lines, laid from the right: the last {@code columns} lines head the data
     * columns, a line before them heads the label column; earlier lines form rows above, also from the right.
     * With no header line, the first row label (a header glued onto it) heads all columns.
     */
    private static List<TableRow> header(List<Line> lines, Line firstLabel, int columns) {
        List<Line> cells = new ArrayList<>();
        for (Line l : lines) {
            cells.add(withoutBlanks(l));
            for (int b = 0; b < l.blanksAfter(); b++) cells.add(empty(l));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) cells.remove(cells.size() - 1);
        if (cells.isEmpty()) {
            int cut = labelStart(firstLabel.text());
            int end = cut > 0 ? firstLabel.start() + cut : firstLabel.end();
            return List.of(new TableRow(List.of(new TableCell(firstLabel.text().substring(0, end - firstLabel.start()),
                    firstLabel.start(), end, 0, columns + 1, 1))));
        }
        List<TableRow> rows = new ArrayList<>();
        int end = cells.size();
        while (end > 0) {
            int width = Math.min(end, columns + 1);
            List<TableCell> row = new ArrayList<>();
            int startCol = columns + 1 - width;
            for (int k = 0; k < width; k++) {
                Line l = cells.get(end - width + k);
                if (!l.text().isEmpty()) row.add(l.cell(startCol + k));
            }
            rows.add(0, new TableRow(row));
            end -= width;
        }
        return rows;
    }

    /**
     * Where the first row label starts in a header line glued onto it ({@code ...Placebo (n = 50)pSex}): the last
     * place a capital or a relation ({@code ≤ Q1}) follows a lower-case letter, digit, {@code )} or {@code %};
     * 0 when there is none.
     */
    static int labelStart(String line) {
        for (int i = line.length() - 1; i > 0; i--) {
            char b = line.charAt(i - 1), c = line.charAt(i);
            boolean before = Character.isLowerCase(b) || Character.isDigit(b) || b == ')' || b == '%';
            boolean after = Character.isUpperCase(c) || "≤≥<>".indexOf(c) >= 0;
            if (before && after) return i;
        }
        return 0;
    }

    /** The non-blank lines of {@code text} with their ranges, indent and the blank lines after each. */
    static List<Line> lines(String text, LineHints hints) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int ls = 0;
        while (ls < n && out.size() < MAX_LINES) {
            int le = ls;
            while (le < n && text.charAt(le) != '\n' && !hints.lineBreak(le)) le++;
            int s = ls, e = le;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            int blanks = le < n ? hints.blankLinesAt(le) : 0;
            if (s < e) {
                out.add(new Line(text.substring(s, e), s, e, hints.indented(ls) || hints.indented(s), blanks));
            } else if (!out.isEmpty()) {
                Line last = out.remove(out.size() - 1);
                out.add(new Line(last.text(), last.start(), last.end(), last.indented(), last.blanksAfter() + 1 + blanks));
            }
            ls = le + 1;
        }
        return out;
    }
}
