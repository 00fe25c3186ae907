package org.oncoev.extractors.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.table.CellValues;
import org.oncoev.extractors.table.ColumnRole;
import org.oncoev.extractors.table.TableView;

/**
 * Hazard ratios of a transposed table: a body row whose label ends in an HR term ({@code HR (95% CI)}, {@code Hazard
 * ratio}, {@code Adjusted HR (95% CI)}, {@code Screening phase HR (95% CI)}) holds one estimate per group column,
 * each with its CI in the cell ({@code 0.81 (0.66-0.99)}). Cells of columns that have a role of their own (P, n),
 * reference levels ({@code 1.00}, {@code Ref}) and estimates without a CI are not read. The endpoint is the one the
 * row label, its group's label, the column header or the caption names. Pure.
 */
final class HrRows {
    private HrRows() {}

    /** A row label ending with an HR term, optionally after up to 40 characters of other words. */
    private static final Pattern LABEL = Pattern.compile("(?i)^(?<words>.{0,40}?)(?<![\\p{L}])(?:hazard\\s{1,3}ratios?|a?HRs?)"
            + "\\s{0,2}(?:[(\\[,]\\s{0,2}(?:\\d{2}\\s{0,2}%\\s{0,2})?(?:CI|confidence\\s{1,3}intervals?)\\s{0,2}[)\\]]?)?\\s{0,2}[*†‡§a-d\\d,]{0,4}$");

    static List<Finding> extract(HazardRatioExtractor extractor, Passage passage) {
        TableView view = passage.table() == null ? null : TableView.of(passage).orElse(null);
        if (view == null) return List.of();
        List<Finding> out = new ArrayList<>();
        for (TableRow row : view.rows()) {
            String label = view.rowLabel(row);
            Matcher l = label.length() > 80 ? null : LABEL.matcher(label);
            if (l == null || !l.matches()) continue;
            String words = l.group("words").toLowerCase(Locale.ROOT);
            boolean adjusted = words.contains("adjusted") && !words.contains("unadjusted") || words.contains("multivariat");
            for (TableCell cell : row.cells()) {
                int c = cell.column();
                if (c == 0 || view.role(c) != ColumnRole.OTHER && view.role(c) != ColumnRole.ARM) continue;
                if (CellValues.REFERENCE.matcher(cell.text()).find()) continue;
                Matcher m = CellValues.HR_CELL.matcher(cell.text().strip());
                if (!m.matches() || m.group("low") == null) continue;
                String endpoint = HazardEndpoints.table(label, "", view.groupLabel(row), view.header(c), view.context());
                Finding f = extractor.finding(passage, cell.start(), cell.end(), Double.parseDouble(m.group("value")),
                        Double.parseDouble(m.group("low")), Double.parseDouble(m.group("high")), null, null, adjusted, false,
                        endpoint);
                if (f != null) out.add(f);
            }
        }
        return out;
    }
}
