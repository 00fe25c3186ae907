package org.oncoev.corpus.pdfeval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.oncoev.corpus.table.Table;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;

/**
 * Sets a {@link Table} as a journal does: the label in bold and the caption above, a top rule, header
 * rows in bold with a rule below, body rows (the first column left-aligned and indented per row
 * indent, the others centred), cells too wide for their column wrapped onto several lines, a bottom
 * rule and the footnotes below in small type. A table whose columns fit one text column is set in
 * the column; a wider one spans the page. Tables taller than {@code maxHeight} are cut into parts, the
 * header repeated under a "(continued)" caption. Not thread-safe.
 */
final class TableSetter {
    static final float SIZE = 7.5f, LEAD = 9.2f, PAD = 7;

    private final LineSetter setter;
    private final PageFlow flow;

    TableSetter(PageFlow flow, LineSetter setter) {
        this.flow = flow;
        this.setter = setter;
    }

    /** A table laid out for a width: column widths, its rows' wrapped cells, and whether it spans the page. */
    record Laid(float width, float[] colW, boolean wide) {}

    /** Column widths: natural widths if they fit a column, else the page; the widest capped to fit. */
    Laid lay(Table t) throws IOException {
        int n = Math.max(1, t.columnCount());
        float[] nat = new float[n];
        for (TableRow r : t.allRows())
            for (TableCell c : r.cells())
                if (c.colspan() == 1 && c.column() < n)
                    nat[c.column()] = Math.max(nat[c.column()], cellWidth(font(t, r), c, r) + PAD);
        float sum = 0;
        for (float w : nat) sum += Math.max(w, 12);
        boolean wide = sum > PageFlow.COLUMN;
        float avail = wide ? PageFlow.FULL : PageFlow.COLUMN;
        float[] minW = new float[n];
        for (TableRow r : t.allRows())
            for (TableCell c : r.cells())
                if (c.colspan() == 1 && c.column() < n) minW[c.column()] = Math.max(minW[c.column()], widestWord(font(t, r), c) + PAD);
        float[] colW = new float[n];
        float lo = 10, hi = avail;
        for (int it = 0; it < 40; it++) { // cap L with sum(min(nat, L)) == avail
            float mid = (lo + hi) / 2, s = 0;
            for (float w : nat) s += Math.min(Math.max(w, 12), mid);
            if (s > avail) hi = mid;
            else lo = mid;
        }
        float total = 0;
        for (int c = 0; c < n; c++) total += colW[c] = Math.max(minW[c], Math.min(Math.max(nat[c], 12), lo));
        float stretch = wide ? (avail - total) / n : 0; // wide tables fill the page width
        for (int c = 0; c < n; c++) colW[c] += Math.max(0, stretch);
        float width = 0;
        for (float w : colW) width += w;
        return new Laid(width, colW, wide);
    }

    private PDFont font(Table t, TableRow r) {
        return t.headerRows().contains(r) ? flow.bold : flow.regular;
    }

    private float cellWidth(PDFont f, TableCell c, TableRow r) throws IOException {
        float w = 0;
        for (String word : setter.clean(f, c.text()).split(" ")) w += LineSetter.width(f, SIZE, word + " ");
        return w + (c.column() == 0 ? r.indent() * 6 : 0);
    }

    /** The widest word of a cell: a column is never narrower, so no word runs into the next cell. */
    private float widestWord(PDFont f, TableCell c) throws IOException {
        float w = 0;
        for (String word : setter.clean(f, c.text()).split(" ")) w = Math.max(w, LineSetter.width(f, SIZE, word));
        return w;
    }

    /** The table as blocks no taller than {@code maxHeight}: the first with the caption, the last with footnotes. */
    List<PageFlow.Block> blocks(Table t, Laid laid, float maxHeight) throws IOException {
        List<PageFlow.Block> out = new ArrayList<>();
        String label = t.label() == null ? "Table" : t.label().strip();
        String caption = t.caption() == null ? "" : t.caption().text().strip();
        if (caption.startsWith(label)) caption = caption.substring(label.length()).strip();
        List<LineSetter.SetLine> cap = setter.wrap(flow.regular, 8, label + ". " + caption, laid.width(), 0);
        List<List<List<LineSetter.SetLine>>> header = new ArrayList<>(), body = new ArrayList<>();
        for (TableRow r : t.headerRows()) if (!blank(r)) header.add(wrapRow(t, r, laid));
        for (TableRow r : t.bodyRows()) body.add(wrapRow(t, r, laid));
        List<LineSetter.SetLine> notes = new ArrayList<>();
        for (TableCell f : t.footnotes()) notes.addAll(setter.wrap(flow.regular, 6.5f, f.text(), laid.width(), 0));
        float headH = rowsHeight(header) + 6;
        int i = 0;
        boolean firstPart = true;
        while (i < body.size() || firstPart) {
            float h = (firstPart ? cap.size() * 9.5f : 9.5f) + 4 + headH;
            int from = i;
            while (i < body.size() && (i == from || h + rowHeight(body.get(i)) + 4 <= maxHeight)) h += rowHeight(body.get(i++));
            boolean last = i >= body.size();
            if (last) h += 4 + notes.size() * 8f;
            out.add(part(t, laid, firstPart ? cap : List.of(), firstPart ? null : label + " (continued)",
                    header, body.subList(from, i), t.bodyRows().subList(from, i), last ? notes : List.of(), h + 4));
            firstPart = false;
        }
        return out;
    }

    private static boolean blank(TableRow r) {
        return r.cells().stream().allMatch(TableCell::isBlank);
    }

    private List<List<LineSetter.SetLine>> wrapRow(Table t, TableRow r, Laid laid) throws IOException {
        List<List<LineSetter.SetLine>> cells = new ArrayList<>();
        int n = laid.colW().length;
        for (int c = 0; c < n; c++) cells.add(List.of());
        for (TableCell cell : r.cells()) {
            if (cell.column() >= n || cell.isBlank()) continue;
            float w = -PAD + (cell.column() == 0 ? -r.indent() * 6 : 0);
            for (int k = cell.column(); k <= Math.min(n - 1, cell.lastColumn()); k++) w += laid.colW()[k];
            List<LineSetter.SetLine> lines = new ArrayList<>();
            for (LineSetter.SetLine l : setter.wrap(font(t, r), SIZE, cell.text(), Math.max(w, 10), 0))
                lines.add(new LineSetter.SetLine(l.words(), false));
            cells.set(cell.column(), lines);
        }
        return cells;
    }

    private static float rowHeight(List<List<LineSetter.SetLine>> row) {
        int lines = 1;
        for (List<LineSetter.SetLine> c : row) lines = Math.max(lines, c.size());
        return lines * LEAD + 2;
    }

    private static float rowsHeight(List<List<List<LineSetter.SetLine>>> rows) {
        float h = 0;
        for (List<List<LineSetter.SetLine>> r : rows) h += rowHeight(r);
        return h;
    }

    private PageFlow.Block part(Table t, Laid laid, List<LineSetter.SetLine> cap, String contCaption,
                                List<List<List<LineSetter.SetLine>>> header, List<List<List<LineSetter.SetLine>>> rows,
                                List<TableRow> bodyRows, List<LineSetter.SetLine> notes, float height) {
        return new PageFlow.Block() {
            public float height() {
                return height;
            }

            public void draw(PageFlow f, float x, float y) throws IOException {
                float cy = y;
                for (int i = 0; i < cap.size(); i++) {
                    cy += 9.5f;
                    LineSetter.SetLine l = cap.get(i);
                    if (i == 0) {
                        List<String> words = l.words();
                        LineSetter.word(f, f.bold, 8, words.get(0) + (words.size() > 1 ? " " + words.get(1) : ""), x, cy);
                        float lw = LineSetter.width(f.bold, 8, words.get(0) + (words.size() > 1 ? " " + words.get(1) + " " : " "));
                        if (words.size() > 2)
                            LineSetter.draw(f, f.regular, 8, new LineSetter.SetLine(words.subList(2, words.size()), false), x + lw, cy, 0);
                    } else {
                        LineSetter.draw(f, f.regular, 8, l, x, cy, laid.width());
                    }
                }
                if (contCaption != null) f.text(f.italic, 8, x, cy += 9.5f, contCaption);
                cy += 4;
                f.rule(x, x + laid.width(), cy, 0.8f);
                List<TableRow> heads = t.headerRows().stream().filter(r -> !blank(r)).toList();
                for (int r = 0; r < header.size(); r++) cy = drawRow(f, heads.get(r), header.get(r), f.bold, x, cy);
                cy += 3;
                f.rule(x, x + laid.width(), cy, 0.4f);
                cy += 3;
                for (int r = 0; r < rows.size(); r++) cy = drawRow(f, bodyRows.get(r), rows.get(r), f.regular, x, cy);
                cy += 3;
                f.rule(x, x + laid.width(), cy, 0.8f);
                cy += 1;
                for (LineSetter.SetLine l : notes) LineSetter.draw(f, f.regular, 6.5f, l, x, cy += 8f, laid.width());
            }

            private float drawRow(PageFlow f, TableRow row, List<List<LineSetter.SetLine>> cells, PDFont font,
                                  float x, float y) throws IOException {
                float cx = x;
                for (int c = 0; c < cells.size(); c++) {
                    List<LineSetter.SetLine> lines = cells.get(c);
                    float w = laid.colW()[c];
                    int span = 1;
                    for (TableCell cell : row.cells()) if (cell.column() == c) span = cell.colspan();
                    for (int k = 1; k < span && c + k < cells.size(); k++) w += laid.colW()[c + k];
                    float ly = y;
                    for (LineSetter.SetLine l : lines) {
                        ly += LEAD;
                        float lw = 0;
                        for (String word : l.words()) lw += LineSetter.width(font, SIZE, word + " ");
                        float lx = c == 0 ? cx + row.indent() * 6 : cx + Math.max(0, (w - PAD - lw) / 2);
                        LineSetter.draw(f, font, SIZE, l, lx, ly, 0);
                    }
                    cx += laid.colW()[c];
                }
                return y + rowHeight(cells);
            }
        };
    }
}
