package org.oncoev.extractors.pvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Relation;

/**
 * Bare numbers in a table's P column: a header row names the column ({@code P}, {@code P value}, {@code
 * P-value}, {@code P*}, {@code Sig.}, not in the first column), and each following row's cell in that column
 * that is a number (optionally after {@code <} or {@code >}, optionally with footnote marks) is one mention.
 * A later header row replaces the columns. Pure.
 */
final class TablePValues {
    private TablePValues() {}

    static List<Finding> extract(PValueExtractor extractor, Passage passage) {
        List<Finding> out = new ArrayList<>();
        List<Integer> columns = List.of();
        for (TableRows.Row row : TableRows.parse(passage.text())) {
            List<Integer> header = headerColumns(row);
            if (!header.isEmpty()) {
                columns = header;
                continue;
            }
            for (int column : columns) {
                TableRows.Cell cell = row.cell(column);
                if (cell == null || cell.text().isEmpty()) continue;
                Matcher m = PValueSyntax.CELL.matcher(cell.text());
                if (!m.matches()) continue;
                double value = PValueSyntax.parseNumber(m.group("num"));
                if (Double.isNaN(value)) continue;
                Relation relation = m.group("rel") == null ? Relation.EQ : PValueSyntax.relation(m.group("rel"));
                if (relation == null) continue;
                int start = cell.start();
                int end = cell.start() + m.end("num");
                out.add(extractor.finding(passage, start, end, relation, value, true, 0.85));
            }
        }
        return out;
    }

    /** The columns (other than the first) whose cell is a P header; empty when the row is not a header. */
    static List<Integer> headerColumns(TableRows.Row row) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 1; i < row.cells().size(); i++) {
            String t = row.cells().get(i).text();
            if (!t.isEmpty() && t.length() <= 40 && PValueSyntax.HEADER.matcher(t).matches()) columns.add(i);
        }
        return columns;
    }
}
