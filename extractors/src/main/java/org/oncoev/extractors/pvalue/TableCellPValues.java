package org.oncoev.extractors.pvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Relation;
import org.oncoev.extractors.table.CellValues;
import org.oncoev.extractors.table.ColumnRole;
import org.oncoev.extractors.table.TableView;

/**
 * P-values read cell by cell from a passage's table grid ({@link TableView}): every cell of a P column
 * ({@link ColumnRole#P_VALUE}) and every data cell of a transposed P row ({@link TableView#isPRow}) that is
 * a p-value as a whole ({@link CellValues#P_CELL}: {@code 0.04}, {@code <.001}, {@code < 0.0001a}) or a p-value
 * glued to the bracketed pair of the line below ({@link CellValues#pValueBeforePair}). A bare
 * number is {@code =}, a printed relation is kept. The finding covers the cell's relation and number. Pure.
 */
final class TableCellPValues {
    private TableCellPValues() {}

    static List<Finding> extract(PValueExtractor extractor, Passage passage) {
        TableView view = TableView.of(passage).orElse(null);
        if (view == null) return List.of();
        List<Integer> columns = view.columns(ColumnRole.P_VALUE);
        List<Finding> out = new ArrayList<>();
        for (TableRow row : view.rows()) {
            if (view.isPRow(row)) {
                for (TableCell cell : row.cells()) if (cell.column() > 0) read(extractor, passage, cell, out);
                continue;
            }
            for (int c : columns) view.cell(row, c).ifPresent(cell -> read(extractor, passage, cell, out));
        }
        return out;
    }

    private static void read(PValueExtractor extractor, Passage passage, TableCell cell, List<Finding> out) {
        Matcher m = CellValues.P_CELL.matcher(cell.text());
        if (!m.matches() && (m = CellValues.pValueBeforePair(cell.text())) == null) return;
        double value = PValueSyntax.parseNumber(m.group("num"));
        if (Double.isNaN(value)) return;
        Relation relation = m.group("rel") == null ? Relation.EQ : PValueSyntax.relation(m.group("rel"));
        if (relation == null) return;
        int start = cell.start() + (m.group("rel") != null ? m.start("rel") : m.start("num"));
        out.add(extractor.finding(passage, start, cell.start() + m.end("num"), relation, value, true, 0.85));
    }
}
