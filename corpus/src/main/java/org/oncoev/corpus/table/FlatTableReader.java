package org.oncoev.corpus.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table flattened into one line of text ({@code Table N caption header... label v v v label v v v}),
 * cells separated by single spaces and sub-row labels marked indented ({@link LineHints#indented}). A data
 * cell is a value token with the bracketed group after it ({@code 697 (79)}, {@code 0.38 (0.23 to 0.60)});
 * a row is a run of label words then its data cells (a number before a lower-case word is
 * label, {@code Grade ≥3 events}; a short bracketed mark after a value joins it, {@code 1.00 (ref)}; data cells
 * beyond the column count at the start of a row join its label, {@code ECOG 0}). The header is everything between the label and the
 * first row (one cell spanning all columns: cells are not separable there); the first row starts after
 * the last header term ({@code P value}, {@code (n = 41)}, {@code (%)}, {@code CI)}) before the first indented
 * label followed by data (an em space also separates header cells) or the first two data cells in a row (no such term: no grid). The number of data
 * columns is the most frequent count; a row with fewer cells is laid from the left, except a lone cell,
 * which is laid in the last column, or one past it when the header names a P column and the cell reads as a
 * p-value (a group row's P value). Returns null unless at least
 * {@value #MIN_ROWS} rows have data and at least a third of them have the most frequent count. Pure; at most
 * {@value #MAX_TOKENS} tokens are read.
 */
public final class FlatTableReader {
    static final int MIN_ROWS = 3;
    static final int MAX_TOKENS = 5000;
    private static final Pattern HEADER_END = Pattern.compile(
            "(?:\\b[Pp]\\s?-?\\s?values?|(?<![\\p{L}])[Pp](?![\\p{L}])|\\(%\\)|\\(\\s?[nN]\\s?=\\s?[\\d,]+\\s?\\)|\\b[nN]\\s?=\\s?[\\d,]+|CI\\)|CI\\]|No\\s?\\.)[*†‡§a-d]?");

    private static final Pattern P_TERM = Pattern.compile("(?<![\\p{L}])[Pp](?:\\s?-?\\s?values?)?(?![\\p{L}])");
    private static final Pattern P_LIKE = Pattern.compile("[<≤]?\\s?(?:0?\\.\\d{1,5}|1\\.0{1,3})[*†‡§a-d]?");

    private static final Pattern RANGE_INSIDE = Pattern.compile("\\d\\s?(?:[-–—,;]|to)\\s?\\.?\\d");

    private FlatTableReader() {}

    private record Token(String text, int start, int end, boolean value, boolean indented) {}

    /** The table in the one-line {@code text}, or null. */
    public static Table read(String text, LineHints hints) {
        Matcher lm = CellKinds.LABEL.matcher(text);
        String label = null;
        int from = 0;
        if (lm.region(0, Math.min(text.length(), 120)).find()) {
            label = lm.group();
            from = lm.end();
        }
        List<Token> tokens = cells(text, from, hints);
        int anchor = -1;
        for (int i = 0; i < tokens.size() && anchor < 0; i++) {
            if (tokens.get(i).indented() && labelsValue(tokens, i) || i + 1 < tokens.size() && tokens.get(i).value() && tokens.get(i + 1).value()) anchor = i;
        }
        if (anchor < 1) return null;
        int rowStart = -1;
        Matcher h = HEADER_END.matcher(text).region(from, tokens.get(anchor).start());
        while (h.find()) rowStart = h.end();
        if (rowStart < 0) return null;
        List<List<Token>> rows = new ArrayList<>();
        List<Token> row = null;
        boolean sawValue = false;
        for (Token t : tokens) {
            if (t.end() <= rowStart) continue;
            if (row == null || !t.value() && (sawValue || t.indented())) {
                row = new ArrayList<>();
                rows.add(row);
                sawValue = false;
            }
            row.add(t);
            sawValue |= t.value();
        }
        Map<Integer, Integer> counts = new HashMap<>();
        int withData = 0;
        for (List<Token> r : rows) {
            int n = (int) r.stream().filter(Token::value).count();
            if (n > 0) { counts.merge(n, 1, Integer::sum); withData++; }
        }
        int k = 0, kc = 0;
        for (var e : counts.entrySet()) if (e.getValue() > kc || e.getValue() == kc && e.getKey() > k) { k = e.getKey(); kc = e.getValue(); }
        if (withData < MIN_ROWS || kc * 3 < withData) return null;
        boolean pColumn = P_TERM.matcher(text).region(from, rowStart).find();
        char[] kinds = columnKinds(rows, k);
        List<TableRow> body = new ArrayList<>();
        for (List<Token> r : rows) {
            List<Token> labels = new ArrayList<>(r.stream().filter(t -> !t.value()).toList());
            List<Token> values = r.stream().filter(Token::value).toList();
            if (values.size() > k && !labels.isEmpty() && r.get(0) == labels.get(0)) {
                labels.addAll(values.subList(0, values.size() - k));
                values = values.subList(values.size() - k, values.size());
            }
            List<TableCell> cells = new ArrayList<>();
            if (!labels.isEmpty()) {
                int s = labels.get(0).start(), e = labels.get(labels.size() - 1).end();
                cells.add(new TableCell(text.substring(s, e), s, e, 0));
            }
            int[] cols = align(values, kinds, k);
            if (cols == null) {
                int col = values.size() == 1 && pColumn && P_LIKE.matcher(values.get(0).text()).matches() ? k + 1 : 1;
                cols = new int[values.size()];
                for (int i = 0; i < cols.length; i++) cols[i] = col + i;
            }
            for (int i = 0; i < values.size(); i++) {
                Token v = values.get(i);
                cells.add(new TableCell(v.text(), v.start(), v.end(), cols[i]));
            }
            body.add(new TableRow(cells, !r.isEmpty() && r.get(0).indented() ? 1 : 0));
        }
        int hs = from;
        while (hs < rowStart && Character.isWhitespace(text.charAt(hs))) hs++;
        int he = rowStart;
        while (he > hs && Character.isWhitespace(text.charAt(he - 1))) he--;
        List<TableRow> header = he > hs ? List.of(new TableRow(List.of(new TableCell(text.substring(hs, he), hs, he, 0, k + 1, 1))))
                : List.of();
        return new Table(label, null, header, body, List.of());
    }

    /** True when indented token {@code i} labels a row: a data cell follows before the next indented token. */
    private static boolean labelsValue(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).value()) return true;
            if (tokens.get(j).indented()) return false;
        }
        return false;
    }

    /** The kind of a data cell: e estimate with CI, c count with percentage, p p-like, r range, d dash, n number. */
    static char kind(String cell) {
        if (CellKinds.isEmptyMark(cell)) return 'd';
        int open = cell.indexOf('(') >= 0 ? cell.indexOf('(') : cell.indexOf('[');
        if (open > 0) return RANGE_INSIDE.matcher(cell.substring(open)).find() ? 'e' : 'c';
        if (P_LIKE.matcher(cell).matches()) return 'p';
        if (RANGE_INSIDE.matcher(cell).find()) return 'r';
        return 'n';
    }

    /** The most frequent kind of each data column over the rows with exactly {@code k} data cells (dashes ignored). */
    private static char[] columnKinds(List<List<Token>> rows, int k) {
        int[][] counts = new int[k + 1][128];
        for (List<Token> r : rows) {
            List<Token> values = r.stream().filter(Token::value).toList();
            if (values.size() != k) continue;
            for (int i = 0; i < k; i++) counts[i + 1][kind(values.get(i).text())]++;
        }
        char[] kinds = new char[k + 1];
        for (int c = 1; c <= k; c++) {
            int best = 0;
            kinds[c] = 'd';
            for (char ch : new char[] {'e', 'c', 'p', 'r', 'n'}) if (counts[c][ch] > best) { best = counts[c][ch]; kinds[c] = ch; }
        }
        return kinds;
    }

    /**
     * Columns for a row with fewer than {@code k} data cells, matched left to right to the first later column
     * of the same kind (a dash fits any); null when the row is full or its cells do not fit.
     */
    private static int[] align(List<Token> values, char[] kinds, int k) {
        if (values.isEmpty() || values.size() >= k) return null;
        int[] cols = new int[values.size()];
        int col = 1;
        for (int i = 0; i < values.size(); i++) {
            char kind = kind(values.get(i).text());
            int last = k - (values.size() - 1 - i);
            while (col <= last && !(kind == 'd' || kinds[col] == 'd' || kinds[col] == kind)) col++;
            if (col > last) return null;
            cols[i] = col++;
        }
        return cols;
    }

    /** Space-separated tokens from {@code from}; a value token takes the bracketed group after it. */
    private static List<Token> cells(String text, int from, LineHints hints) {
        List<Token> out = new ArrayList<>();
        int i = from, n = text.length();
        while (i < n && out.size() < MAX_TOKENS) {
            while (i < n && text.charAt(i) == ' ') i++;
            if (i >= n) break;
            int s = i;
            while (i < n && text.charAt(i) != ' ') i++;
            String tok = text.substring(s, i);
            boolean value = CellKinds.isValue(tok) && !hints.indented(s) && tok.charAt(0) != '=' && depth(tok) >= 0;
            if (value) {
                int depth = depth(tok);
                int j = i;
                while (j + 1 < n && (depth > 0 || text.charAt(j + 1) == '(' || text.charAt(j + 1) == '[') && j - s < 60) {
                    int k = j + 1;
                    while (k < n && text.charAt(k) != ' ') k++;
                    String next = text.substring(j + 1, k);
                    if (depth == 0 && !CellKinds.isValue(next) && !(next.length() <= 12 && depth(next) == 0)) break;
                    depth += depth(next);
                    j = k;
                    if (depth <= 0) break;
                }
                i = j;
            }
            out.add(new Token(text.substring(s, i), s, i, value, hints.indented(s)));
        }
        for (int t = out.size() - 2; t >= 0; t--) {
            Token a = out.get(t), b = out.get(t + 1);
            if (a.value() && !b.value() && Character.isLowerCase(b.text().charAt(0))) {
                out.set(t, new Token(a.text(), a.start(), a.end(), false, a.indented()));
            }
        }
        return out;
    }

    private static int depth(String s) {
        int d = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(' || c == '[') d++;
            else if (c == ')' || c == ']') d--;
        }
        return d;
    }
}
