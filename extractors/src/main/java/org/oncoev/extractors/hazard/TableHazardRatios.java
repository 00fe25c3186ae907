package org.oncoev.extractors.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.pvalue.TableRows;
import org.oncoev.extractors.table.TableView;

/**
 * Hazard ratios in table rows: a header row names an HR column ({@code HR}, {@code Hazard ratio}, {@code aHR},
 * or {@code HR (95% CI)} holding both) and, for a separate CI, the next CI column to its right ({@code 95% CI}).
 * Each following row whose HR cell is a number gives one finding, except reference rows ({@code 1},
 * {@code Reference}, {@code 1.00 (reference)}, or a CI cell saying reference). A later header row replaces
 * the columns; tables with univariate and multivariate HR columns give one finding per column. A row labelled by a
 * patient characteristic, or a level row under a heading row (a label, its other cells empty or dashes) that names one, gives a
 * covariate's HR ({@link Covariates#row}). The endpoint is the one the row label, the HR column's header or the text
 * above the header row (the caption) names ({@link HazardEndpoints#table}). Pure.
 */
final class TableHazardRatios {
    private TableHazardRatios() {}

    /** An HR column and its CI column (-1 when the CI is in the HR cell or absent). */
    record Columns(int hr, int ci) {}

    static List<Finding> extract(HazardRatioExtractor extractor, Passage passage) {
        List<Finding> out = new ArrayList<>();
        List<Columns> columns = List.of();
        TableRows.Row headerRow = null;
        Covariates.RowWalk labels = new Covariates.RowWalk();
        for (TableRows.Row row : TableRows.parse(passage.text())) {
            List<Columns> header = header(row);
            if (!header.isEmpty()) {
                columns = header;
                headerRow = row;
                labels = new Covariates.RowWalk();
                continue;
            }
            TableRows.Cell label = row.cell(0);
            if (label != null && TableView.isPLabel(label.text())) continue; // a P row: p-values, not ratios
            String text = label == null ? "" : label.text().strip();
            if (!text.isEmpty() && row.cells().stream().skip(1).allMatch(cell -> Covariates.empty(cell.text()))) {
                labels.heading(text); // a group heading row: Age over ≥65 and <65
                continue;
            }
            String second = row.cell(1) == null ? "" : row.cell(1).text().strip();
            boolean covariate = labels.data(text, second, "");
            for (Columns c : columns) {
                String endpoint = HazardEndpoints.table(text, second, "", headerRow.cell(c.hr()).text(),
                        passage.text().substring(0, headerRow.end()));
                Finding f = read(extractor, passage, row, c, covariate, endpoint);
                if (f != null) out.add(f);
            }
        }
        return out;
    }

    private static Finding read(HazardRatioExtractor extractor, Passage passage, TableRows.Row row, Columns c,
                                boolean covariate, String endpoint) {
        TableRows.Cell hr = row.cell(c.hr());
        if (hr == null || hr.text().isEmpty() || HazardSyntax.REFERENCE.matcher(hr.text()).find()) return null;
        Matcher m = HazardSyntax.CELL.matcher(hr.text());
        if (!m.matches()) return null;
        double value = Double.parseDouble(m.group("value"));
        Double low = m.group("low") == null ? null : Double.parseDouble(m.group("low"));
        Double high = m.group("high") == null ? null : Double.parseDouble(m.group("high"));
        int end = hr.end();
        TableRows.Cell ci = c.ci() < 0 ? null : row.cell(c.ci());
        if (low == null && ci != null && !ci.text().isEmpty()) {
            if (HazardSyntax.REFERENCE.matcher(ci.text()).find()) return null;
            Matcher cm = HazardSyntax.CI_CELL.matcher(ci.text());
            if (cm.matches()) {
                low = Double.parseDouble(cm.group("low"));
                high = Double.parseDouble(cm.group("high"));
                end = ci.end();
            }
        }
        if (low == null && Math.abs(value - 1.0) < 1e-9) return null;
        return extractor.finding(passage, hr.start(), end, value, low, high, null, null, false, covariate, endpoint);
    }

    /** The HR columns named in a header row (not the first column), each paired with its CI column. */
    static List<Columns> header(TableRows.Row row) {
        List<Columns> out = new ArrayList<>();
        List<TableRows.Cell> cells = row.cells();
        for (int i = 1; i < cells.size(); i++) {
            String t = cells.get(i).text();
            if (t.isEmpty() || t.length() > 50) continue;
            Matcher m = HazardSyntax.HEADER_HR.matcher(t);
            if (!m.matches()) continue;
            int ci = -1;
            if (m.group("withCi") == null) {
                for (int j = i + 1; j < cells.size() && j <= i + 2; j++) {
                    if (HazardSyntax.HEADER_CI.matcher(cells.get(j).text()).matches()) {
                        ci = j;
                        break;
                    }
                }
            }
            out.add(new Columns(i, ci));
        }
        return out;
    }
}
