package org.oncoev.extractors.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.table.Table;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;

/**
 * A passage's {@link Table} with its {@link HeaderMeaning}: the one way extractors read tables. Ask for
 * columns by role ({@link #columns(ColumnRole)}), arm columns with their sizes ({@link #arms()}), body rows
 * with their labels ({@link #rowLabel}, {@link #groupLabel} for an indented sub-row), and cells
 * ({@link #cell}); a cell's {@code start}/{@code end} index {@link Passage#text()}, so a finding made from
 * them points at the cell's characters. Immutable and thread-safe.
 */
public final class TableView {
    private static final Pattern P_ROW = Pattern.compile("(?i)(?:(?:log-?rank|wald'?s?|two-sided|stratified|cox)\\s{1,3})?(?:[Pp](?:\\s{0,2}[-_]?\\s{0,2}values?)?|p\\s{0,2}for\\s{1,3}(?:trend|interaction))\\s{0,2}[*†‡§a-d]{0,2}"
            // a test's p-value row of a regression table: "F-test p-value", "Hansen test (p-value)", "p-value (joint test)"
            + "|(?:[\\p{L}\\p{N}()'.-]{1,15}\\s{1,3}){1,3}\\(?[Pp]\\s{0,2}-?\\s{0,2}values?\\)?\\s{0,2}[*†‡§]{0,2}"
            + "|[Pp]\\s{0,2}-?\\s{0,2}values?\\s{0,2}\\([^()]{1,20}\\)");

    private final Passage passage;
    private final Table table;
    private final HeaderMeaning meaning;
    private final List<String> groups;
    private final List<String> labels;

    private TableView(Passage passage, Table table) {
        this.passage = passage;
        this.table = table;
        this.meaning = HeaderMeaning.of(table);
        List<String> g = new ArrayList<>(table.bodyRows().size());
        List<String> l = new ArrayList<>(table.bodyRows().size());
        String group = "";
        TableCell spanning = null;
        int spanLeft = 0;
        for (TableRow r : table.bodyRows()) {
            TableCell own = r.at(0).orElse(null);
            if (own == null && spanLeft > 0) {
                // covered by a row-spanning label cell above: that cell labels and groups this row
                spanLeft--;
                l.add(spanning.text().strip());
                g.add(spanning.text().strip());
                continue;
            }
            spanLeft = own != null && own.rowspan() > 1 ? own.rowspan() - 1 : 0;
            spanning = spanLeft > 0 ? own : null;
            String label = own == null ? "" : own.text().strip();
            l.add(label);
            if (r.indent() == 0) group = label;
            g.add(r.indent() == 0 ? "" : group);
        }
        this.groups = g;
        this.labels = l;
    }

    /** The view this thread built last: the extractors of one passage ask for the same view in turn. */
    private static final ThreadLocal<TableView> LAST = new ThreadLocal<>();

    /**
     * The view of {@code passage}'s table; empty when the passage carries none. Built once per passage and thread
     * (the view this thread built last is returned again for the same passage object and table).
     */
    public static Optional<TableView> of(Passage passage) {
        Table t = passage.table();
        if (t == null) return Optional.empty();
        TableView last = LAST.get();
        if (last != null && last.passage == passage && last.table == t) return Optional.of(last);
        TableView built = new TableView(passage, t);
        LAST.set(built);
        return Optional.of(built);
    }

    /** A view of {@code table} as carried by {@code passage} (for tests and readers that build tables). */
    public static TableView of(Passage passage, Table table) {
        return new TableView(passage, table);
    }

    public Passage passage() { return passage; }
    public Table table() { return table; }
    public HeaderMeaning meaning() { return meaning; }

    /** The role of grid column {@code c}. */
    public ColumnRole role(int c) { return meaning.role(c); }

    /** The columns with {@code role}, left to right. */
    public List<Integer> columns(ColumnRole role) { return meaning.columns(role); }

    /** Arm columns with their names and sizes. */
    public List<ArmColumn> arms() { return meaning.arms(); }

    /** The arm of column {@code c}, if its header names one. */
    public Optional<ArmColumn> arm(int c) {
        return meaning.arms().stream().filter(a -> a.column() == c).findFirst();
    }

    /** The header text over column {@code c} (all header rows, top to bottom). */
    public String header(int c) { return table.columnHeader(c); }

    /** The body rows, top to bottom. */
    public List<TableRow> rows() { return table.bodyRows(); }

    /** The cell of {@code row} in column {@code c} that starts there (a spanning cell from the left is not returned). */
    public Optional<TableCell> cell(TableRow row, int c) {
        return row.at(c).filter(cell -> cell.column() == c && !cell.isBlank());
    }

    /**
     * The row's label (column 0), stripped; for a row with no cell in column 0 because a label cell of a row
     * above spans down into it ({@code rowspan}), that spanning cell's text.
     */
    public String rowLabel(TableRow row) {
        int i = indexOf(row);
        return i >= 0 ? labels.get(i) : row.at(0).map(c -> c.text().strip()).orElse("");
    }

    /**
     * The label of the group row above an indented row ({@code Age} over {@code Mean}), or of the row-spanning
     * label cell above a row it covers ({@code Overall survival} spanning a {@code Median} and an {@code HR} row);
     * otherwise the empty string.
     */
    public String groupLabel(TableRow row) {
        int i = indexOf(row);
        return i < 0 ? "" : groups.get(i);
    }

    private int indexOf(TableRow row) {
        List<TableRow> rows = table.bodyRows();
        for (int i = 0; i < rows.size(); i++) if (rows.get(i) == row) return i;
        return rows.indexOf(row);
    }

    /**
     * True when the row is a transposed P row: its label is {@code P}, {@code P value}, {@code p for trend},
     * {@code Log-rank P value}.
     */
    public boolean isPRow(TableRow row) {
        return isPLabel(rowLabel(row));
    }

    /** True when a row label names a P row ({@code P value}, {@code Log-rank p}, {@code F-test p-value}); for readers of tab-separated text. */
    public static boolean isPLabel(String label) {
        String l = label == null ? "" : label.strip();
        return !l.isEmpty() && l.length() <= 30 && P_ROW.matcher(l).matches();
    }

    /** Label, caption and header text: where an endpoint or a table-wide unit is named. */
    public String context() {
        StringBuilder sb = new StringBuilder();
        if (table.label() != null) sb.append(table.label()).append(' ');
        if (table.caption() != null) sb.append(table.caption().text()).append(' ');
        for (TableRow r : table.headerRows()) for (TableCell c : r.cells()) sb.append(c.text()).append(' ');
        return sb.toString().strip();
    }
}
