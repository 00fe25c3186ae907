package org.oncoev.extractors.hazard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Relation;
import org.oncoev.extractors.pvalue.PValueSyntax;
import org.oncoev.extractors.table.CellValues;
import org.oncoev.extractors.table.ColumnRole;
import org.oncoev.extractors.table.TableView;

/**
 * Hazard ratios read cell by cell from a passage's table grid ({@link TableView}): a cell of an HR column
 * with its CI from the same cell ({@code 0.72 (0.58-0.90)}, {@code 1.20(0.57, 2.54)}) or from the CI column
 * right after it ({@code 0.60 | 0.48–0.76}) or, under an {@code HR (95% CI)} header, from the bracketed CI cell right
 * after it when the CI was printed on a line of its own ({@code 1.29 | (1.06–1.58)}, the CI enclosing the value), and the p-value of the first P column after it in the same
 * row. Reference rows ({@code 1.00 (ref)}, {@code Reference}, a CI cell saying reference) and a bare
 * {@code 1.00} without CI are not facts. The finding covers the HR cell through its CI cell. A row labelled by a
 * patient characteristic, or a level row under a heading row that names one, gives a covariate's HR
 * ({@link Covariates#row}). The endpoint is the one the row label, its group's label, the HR column's header or the
 * table's caption names ({@link HazardEndpoints#table}). Pure.
 */
final class TableCellHazardRatios {
    private TableCellHazardRatios() {}

    static List<Finding> extract(HazardRatioExtractor extractor, Passage passage) {
        TableView view = TableView.of(passage).orElse(null);
        if (view == null) return List.of();
        List<Integer> hr = new ArrayList<>(view.columns(ColumnRole.HAZARD_RATIO));
        hr.addAll(view.columns(ColumnRole.HAZARD_RATIO_WITH_CI));
        if (hr.isEmpty()) return List.of();
        List<Integer> ps = view.columns(ColumnRole.P_VALUE);
        List<Finding> out = new ArrayList<>();
        Covariates.RowWalk labels = new Covariates.RowWalk();
        Map<Integer, String> headers = headers(view, hr);
        for (TableRow row : view.rows()) {
            if (view.isPRow(row)) continue; // a P row under an HR column holds p-values, not ratios
            String label = view.rowLabel(row);
            if (!label.isEmpty() && row.cells().stream().allMatch(cell -> cell.column() == 0 || Covariates.empty(cell.text()))) {
                labels.heading(label); // a group heading row: Age over ≥65 and <65
                continue;
            }
            String second = view.cell(row, 1).map(cell -> cell.text().strip()).orElse("");
            String group = view.groupLabel(row);
            boolean covariate = labels.data(label, second, group);
            for (int c : hr) {
                String endpoint = HazardEndpoints.table(label, second, group, headers.get(c), view.context());
                Finding f = read(extractor, view, row, c, ps, covariate, endpoint);
                if (f != null) out.add(f);
            }
        }
        return out;
    }

    /**
     * The header of each HR column, to name its endpoint; all blank when two HR columns' headers name the same endpoint,
     * or one names an endpoint and another none (headers spanning two endpoints' columns were laid over the wrong
     * columns: {@code RFS | OS} over two HR columns read as {@code HR} and {@code RFS HR}), so that the caption decides.
     */
    private static Map<Integer, String> headers(TableView view, List<Integer> hr) {
        Map<Integer, String> out = new HashMap<>();
        Set<String> named = new HashSet<>();
        boolean repeated = false;
        int unnamed = 0;
        for (int c : hr) {
            String header = view.header(c);
            out.put(c, header);
            String e = HazardEndpoints.table(header, "", "", "", "");
            if (e == null) unnamed++;
            else if (!named.add(e)) repeated = true;
        }
        if (repeated || unnamed > 0 && !named.isEmpty()) out.replaceAll((c, h) -> "");
        return out;
    }

    private static Finding read(HazardRatioExtractor extractor, TableView view, TableRow row, int c, List<Integer> ps,
                                boolean covariate, String endpoint) {
        TableCell cell = view.cell(row, c).orElse(null);
        if (cell == null || CellValues.REFERENCE.matcher(cell.text()).find()) return null;
        Matcher m = CellValues.HR_CELL.matcher(cell.text());
        if (!m.matches()) return null;
        double value = Double.parseDouble(m.group("value"));
        Double low = m.group("low") == null ? null : Double.parseDouble(m.group("low"));
        Double high = m.group("high") == null ? null : Double.parseDouble(m.group("high"));
        int end = cell.end();
        if (low == null && view.role(c + 1) == ColumnRole.CI) {
            TableCell ci = view.cell(row, c + 1).orElse(null);
            if (ci != null && CellValues.REFERENCE.matcher(ci.text()).find()) return null;
            Matcher cm = ci == null ? null : CellValues.CI_CELL.matcher(ci.text());
            if (cm != null && cm.matches()) {
                low = Double.parseDouble(cm.group("low"));
                high = Double.parseDouble(cm.group("high"));
                end = ci.end();
            }
        } else if (low == null && view.role(c) == ColumnRole.HAZARD_RATIO_WITH_CI) {
            // "HR (95% CI)" printed on two lines: the bracketed CI landed in the next cell
            TableCell ci = view.cell(row, c + 1).orElse(null);
            Matcher cm = ci == null ? null : CellValues.CI_CELL.matcher(ci.text().strip());
            if (cm != null && cm.matches() && bracketed(ci.text()) && encloses(cm, value)) {
                low = Double.parseDouble(cm.group("low"));
                high = Double.parseDouble(cm.group("high"));
                end = ci.end();
            }
        }
        if (low == null && Math.abs(value - 1.0) < 1e-9) return null;
        Relation pRel = null;
        Double p = null;
        for (int pc : ps) {
            if (pc <= c) continue;
            TableCell pcell = view.cell(row, pc).orElse(null);
            Matcher pm = pcell == null ? null : CellValues.pValue(pcell.text());
            if (pm != null) {
                pRel = pm.group("rel") == null ? Relation.EQ : PValueSyntax.relation(pm.group("rel"));
                p = PValueSyntax.parseNumber(pm.group("num"));
            }
            break;
        }
        return extractor.finding(view.passage(), cell.start(), end, value, low, high, pRel, p, false, covariate, endpoint);
    }

    private static boolean bracketed(String text) {
        String t = text.strip();
        return t.startsWith("(") || t.startsWith("[");
    }

    private static boolean encloses(Matcher ci, double value) {
        return Double.parseDouble(ci.group("low")) <= value && value <= Double.parseDouble(ci.group("high"));
    }
}
