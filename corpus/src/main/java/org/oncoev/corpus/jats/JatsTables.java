package org.oncoev.corpus.jats;

import java.util.ArrayList;
import java.util.List;

import org.oncoev.corpus.table.Table;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;

/**
 * Reads a JATS {@code <table-wrap>} into passage text plus a {@link Table}. The text is the label and
 * caption on the first line, then one line per grid row with the cells separated by tabs (a cell's
 * {@code colspan} and {@code rowspan} leave empty cells where they reach, so column {@code c} is the
 * same column on every line), then one line per footnote; so extractors that read tab-separated table
 * text read it too. Header rows are the {@code <thead>} rows, or else the leading rows made only of
 * {@code <th>} cells; the body rows right below them that have a blank label and words without numbers
 * ({@code n (%)} over each column) continue the header. A body row whose label the source indents (an em
 * space, a padding style) is a sub-row ({@link TableRow#indent()} 1). A table-wrap with no {@code <table>} (an
 * image) yields its caption only, with no table. Bounded: at most {@link #MAX_COLUMNS} columns and {@link #MAX_ROWS} rows. Stateless.
 */
final class JatsTables {
    static final int MAX_COLUMNS = 64;
    static final int MAX_ROWS = 5000;

    private JatsTables() {}

    /** One passage of a table-wrap: its text with XML offsets, and its table (null for a caption alone). */
    record Read(MappedText text, Table table) {}

    /** The passages of {@code wrap}: one per {@code <table>}, the caption on the first; or the caption alone. */
    static List<Read> read(XmlNode.Element wrap) {
        SourcePiece label = SourcePiece.prose(InlineText.of(wrap.child("label")));
        SourcePiece caption = SourcePiece.prose(InlineText.of(wrap.child("caption")));
        List<SourcePiece> notes = footnotes(wrap);
        List<XmlNode.Element> tables = new ArrayList<>();
        collectTables(wrap, tables, 0);
        List<Read> out = new ArrayList<>();
        if (tables.isEmpty()) {
            MappedText m = new MappedText();
            appendCaption(m, label, caption);
            for (SourcePiece n : notes) { sep(m, ' '); appendPiece(m, n); }
            if (m.hasContent()) out.add(new Read(m, null));
            return out;
        }
        for (int t = 0; t < tables.size(); t++) {
            boolean first = t == 0, last = t == tables.size() - 1;
            Read r = table(tables.get(t), first ? label : null, first ? caption : null, last ? notes : List.of());
            if (r != null) out.add(r);
        }
        return out;
    }

    private static void collectTables(XmlNode.Element e, List<XmlNode.Element> out, int depth) {
        if (depth > 4) return;
        for (XmlNode.Element c : e.elements()) {
            if (c.name.equals("table")) out.add(c);
            else if (c.name.equals("alternatives")) collectTables(c, out, depth + 1);
        }
    }

    private static List<SourcePiece> footnotes(XmlNode.Element wrap) {
        List<SourcePiece> out = new ArrayList<>();
        for (XmlNode.Element foot : wrap.children("table-wrap-foot")) collectNotes(foot, out, 0); // one per footnote in some XML
        return out;
    }

    private static void collectNotes(XmlNode.Element e, List<SourcePiece> out, int depth) {
        for (XmlNode.Element c : e.elements()) {
            if (depth < 4 && (c.name.equals("fn-group") || c.name.equals("table-wrap-foot"))) collectNotes(c, out, depth + 1);
            else if (c.name.equals("fn") || c.name.equals("p") || c.name.equals("attrib") || c.name.equals("title")) {
                SourcePiece p = SourcePiece.prose(InlineText.of(c));
                if (!p.isEmpty()) out.add(p);
            }
        }
    }

    private static Read table(XmlNode.Element table, SourcePiece label, SourcePiece caption, List<SourcePiece> notes) {
        List<RowSource> rows = new ArrayList<>();
        for (XmlNode.Element c : table.elements()) {
            switch (c.name) {
                case "thead" -> group(c, true, rows);
                case "tbody", "tfoot" -> group(c, false, rows);
                case "tr" -> rows.add(new RowSource(c, false, rows.size(), rows.size() + 1));
                default -> { }
            }
        }
        if (rows.size() > MAX_ROWS) rows = rows.subList(0, MAX_ROWS);
        boolean anyHead = rows.stream().anyMatch(RowSource::head);
        Grid grid = Grid.layout(rows);
        MappedText m = new MappedText();
        TableCell captionCell = null;
        String labelText = label == null || label.isEmpty() ? null : label.text();
        if (label != null || caption != null) {
            appendCaption(m, label, caption);
            if (caption != null && !caption.isEmpty()) {
                int at = m.length() - caption.length();
                captionCell = new TableCell(caption.text(), at, m.length(), 0);
            }
        }
        List<TableRow> header = new ArrayList<>(), body = new ArrayList<>();
        boolean leadingHeader = !anyHead, leadingUnits = true;
        for (int r = 0; r < grid.rows(); r++) {
            if (m.length() > 0) sep(m, '\n');
            List<TableCell> cells = new ArrayList<>();
            boolean allTh = true;
            for (int c = 0; c < grid.columns(); c++) {
                if (c > 0) sep(m, '\t');
                Grid.Slot s = grid.at(r, c);
                if (s == null || s.column() != c) continue;
                int at = m.length();
                appendPiece(m, s.text());
                cells.add(new TableCell(s.text().text(), at, m.length(), c, s.colspan(), s.rowspan()));
                allTh &= s.th();
            }
            boolean head = grid.head(r) || leadingHeader && allTh && !cells.isEmpty();
            leadingHeader &= head;
            if (!head) {
                leadingUnits &= unitsRow(cells);
                head = leadingUnits && !header.isEmpty();
            }
            Grid.Slot labelSlot = grid.at(r, 0);
            (head ? header : body).add(new TableRow(cells, !head && labelSlot != null && labelSlot.indented() ? 1 : 0));
        }
        List<TableCell> noteCells = new ArrayList<>();
        for (SourcePiece n : notes) {
            if (m.length() > 0) sep(m, '\n');
            int at = m.length();
            appendPiece(m, n);
            noteCells.add(new TableCell(n.text(), at, m.length(), 0));
        }
        if (!m.hasContent()) return null;
        return new Read(m, new Table(labelText, captionCell, header, body, noteCells));
    }

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    /**
     * True for a row that continues the column headers though written in the body: a blank label cell and, in the
     * other columns, words without a number ({@code n (%)}, {@code Mean (SD)}, a sub-column name per column).
     */
    private static boolean unitsRow(List<TableCell> cells) {
        boolean words = false;
        for (TableCell c : cells) {
            if (c.column() == 0 && !c.isBlank()) return false;
            if (DIGIT.matcher(c.text()).find()) return false;
            words |= c.column() > 0 && !c.isBlank();
        }
        return words;
    }

    private static void group(XmlNode.Element g, boolean head, List<RowSource> rows) {
        List<XmlNode.Element> trs = g.children("tr");
        int first = rows.size(), end = first + trs.size();
        for (XmlNode.Element tr : trs) rows.add(new RowSource(tr, head, first, end));
    }

    /** A {@code <tr>} with whether it is a header row and the row range of its group (rowspans stop at the group's end). */
    record RowSource(XmlNode.Element tr, boolean head, int groupStart, int groupEnd) {}

    private static void appendCaption(MappedText m, SourcePiece label, SourcePiece caption) {
        if (label != null && !label.isEmpty()) appendPiece(m, label);
        if (caption != null && !caption.isEmpty()) {
            if (m.length() > 0) sep(m, ' ');
            appendPiece(m, caption);
        }
    }

    static void appendPiece(MappedText m, SourcePiece p) {
        for (int i = 0; i < p.length(); i++) m.append(p.text().charAt(i), p.starts()[i], p.ends()[i]);
    }

    /** A separator mapped to the empty range where the text so far ends. */
    private static void sep(MappedText m, char c) {
        int at = m.length() == 0 ? 0 : m.end(m.length() - 1);
        m.append(c, at, at);
    }
}
