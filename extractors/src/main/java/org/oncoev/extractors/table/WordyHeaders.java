package org.oncoev.extractors.table;

import java.util.regex.Pattern;
import org.oncoev.corpus.table.Table;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;

/**
 * Columns whose header names an HR or a P among other words ({@code Between-arm contrast Hazard ratio (95% CI)},
 * {@code Hazard ratio (95% CI) drug vs placebo}, {@code P for interaction (trend by age)}, {@code Change from
 * baseline, p value}), which {@link HeaderMeaning}'s whole-cell terms do not read. Only header cells heading the column
 * alone count (a cell spanning several columns is left to the glued-header reading). The data decide: a column
 * whose cells are all estimates with their CI is HR with CI, one of estimates beside a CI column is HR, and (when
 * the header names no HR) one of p-like decimals is P. Only columns still without a role are changed. Stateless.
 */
final class WordyHeaders {
    private WordyHeaders() {}

    /** An HR term, also glued to the word before it ({@code comparisonHazard ratio}). */
    private static final Pattern HR_WORDS = Pattern.compile("(?<![A-Za-z])a?HRs?(?![A-Za-z])|(?:(?<![A-Za-z])[Hh]|(?<=\\p{Ll})H)azard\\s{1,3}[Rr]atios?");
    /** A P standing as a word ({@code P}, {@code P value}, {@code p-value}, {@code P for trend}), not the P of {@code PFS}. */
    private static final Pattern P_WORD = Pattern.compile("(?<![\\p{L}\\d])[Pp](?:\\s{0,2}-?\\s{0,2}values?)?(?![\\p{L}\\d])");
    private static final int MAX_HEADER = 160;
    /** A p-value written with its P in a cell of an HR column ({@code P=0.61}): allowed among the estimates. */
    private static final Pattern LABELLED_P = Pattern.compile("[Pp]\\s{0,2}(?:[=<>≤]|<=)\\s{0,2}0?\\.\\d{1,6}[*†‡§a-d]{0,2}");

    /**
     * The text of the header cells over column {@code c} that head it alone (colspan 1), top to bottom: a cell spanning
     * several columns (a whole header glued into one cell, a title over sub-columns) names none of them here.
     */
    private static String ownHeader(Table table, int c) {
        StringBuilder sb = new StringBuilder();
        for (TableRow r : table.headerRows()) {
            TableCell cell = r.at(c).orElse(null);
            if (cell == null || cell.colspan() != 1 || cell.isBlank()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(cell.text().strip());
        }
        return sb.toString();
    }

    /** True when some body cell of column {@code c} is an estimate with its CI. */
    private static boolean anyHrWithCi(Table table, int c) {
        for (TableRow r : table.bodyRows()) {
            TableCell cell = r.at(c).orElse(null);
            if (cell != null && cell.column() == c && CellValues.isHrWithCi(cell.text())) return true;
        }
        return false;
    }

    /** Gives roles to the columns of {@code table} still OTHER whose header and data agree. */
    static void apply(Table table, ColumnRole[] roles) {
        for (int c = 1; c < roles.length; c++) {
            if (roles[c] != ColumnRole.OTHER) continue;
            String h = ownHeader(table, c);
            if (h.isEmpty() || h.length() > MAX_HEADER) continue;
            boolean hr = HR_WORDS.matcher(h).find();
            if (hr && HeaderMeaning.column(table, c, t -> CellValues.isHrWithCi(t) || LABELLED_P.matcher(t.strip()).matches())
                    && anyHrWithCi(table, c)) {
                roles[c] = ColumnRole.HAZARD_RATIO_WITH_CI;
            } else if (hr && c + 1 < roles.length && (roles[c + 1] == ColumnRole.OTHER || roles[c + 1] == ColumnRole.CI)
                    && HeaderMeaning.column(table, c, CellValues::isEstimate) && HeaderMeaning.column(table, c + 1, CellValues::isCi)) {
                roles[c] = ColumnRole.HAZARD_RATIO;
                roles[c + 1] = ColumnRole.CI;
            } else if (!hr && P_WORD.matcher(h).find() && HeaderMeaning.column(table, c, HeaderMeaning::pLike)
                    && HeaderMeaning.anyDecimal(table, c)) {
                roles[c] = ColumnRole.P_VALUE;
            }
        }
    }
}
