package org.oncoev.extractors.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.table.Table;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * What each column of a {@link Table} holds, read once from its headers: the one place header meaning is
 * decided. A header cell names a role when it is one of the {@link HeaderTerms} as a whole ({@code P value},
 * {@code HR (95% CI)}, {@code 95% CI}, {@code Median}, {@code n}); over several header rows the lowest cell
 * that names a role wins (a {@code P value} cell spanning {@code Univariate | Multivariate} heads both). A
 * header cell spanning several data columns that holds several terms glued together ({@code Median p Median
 * p}, {@code HR95% CIp}, what flattened text gives) is read with the data: a column of p-like cells is a P
 * column when the header has a P term (never more such columns than P terms, when there are more than two),
 * a decimal column followed by a CI column is HR and CI when it has an HR term, a column of {@code x (a-b)}
 * cells is HR with CI. A P column whose next column holds CI ranges is an estimate (HR when a header names one,
 * else OTHER): a header laid over the wrong columns must not make estimates p-values. Arm columns are read by
 * {@link ArmHeaders} (a header holding a size, {@code Drug X (n = 210)}, or a name stacked over its size; a
 * population such as {@code Patients with marker data} is none). A header naming an HR or a P among other words is read
 * with its data ({@link WordyHeaders}). Immutable.
 */
public final class HeaderMeaning {
    private final ColumnRole[] roles;
    private final List<ArmColumn> arms;

    private HeaderMeaning(ColumnRole[] roles, List<ArmColumn> arms) {
        this.roles = roles;
        this.arms = List.copyOf(arms);
    }

    /** The header meaning of {@code table}. */
    public static HeaderMeaning of(Table table) {
        int n = table.columnCount();
        ColumnRole[] roles = new ColumnRole[n];
        Arrays.fill(roles, ColumnRole.OTHER);
        if (n > 0) roles[0] = ColumnRole.LABEL;
        List<ArmColumn> arms = new ArrayList<>();
        TableCell glued = null;
        for (int c = 1; c < n; c++) {
            for (int r = table.headerRows().size() - 1; r >= 0; r--) {
                TableCell cell = table.headerRows().get(r).at(c).orElse(null);
                if (cell == null || cell.isBlank()) continue;
                ColumnRole role = roleOf(cell.text().strip());
                boolean alone = cell.colspan() > 1 || onlyCell(table.headerRows().get(r), cell);
                if (alone && role == ColumnRole.OTHER && hasTerms(cell.text())) glued = cell;
                if (role != ColumnRole.OTHER && roles[c] == ColumnRole.OTHER) roles[c] = role;
            }
        }
        arms.addAll(ArmHeaders.of(table));
        for (int c = 1; c < n; c++) {
            // a header opening with "P value" and going on to name the comparison, over p-values only
            if (roles[c] == ColumnRole.OTHER && opensWithPValue(table, c) && column(table, c, HeaderMeaning::pLike)
                    && anyDecimal(table, c)) roles[c] = ColumnRole.P_VALUE;
        }
        for (int c = 1; c < n; c++) {
            if (roles[c] == ColumnRole.HAZARD_RATIO && c + 1 < n && roles[c + 1] == ColumnRole.OTHER
                    && column(table, c + 1, CellValues::isCi)) roles[c + 1] = ColumnRole.CI;
        }
        boolean hrNamed = false;
        for (TableRow r : table.headerRows()) for (TableCell cell : r.cells()) hrNamed |= HeaderTerms.HR_TERM.matcher(cell.text()).find();
        for (int c = 1; c + 1 < n; c++) {
            // an estimate beside a CI column is no P column, whatever the (misaligned) header says
            if (roles[c] == ColumnRole.P_VALUE && column(table, c + 1, CellValues::isCi)) {
                roles[c] = hrNamed && column(table, c, CellValues::isEstimate) ? ColumnRole.HAZARD_RATIO : ColumnRole.OTHER;
                if (roles[c] == ColumnRole.HAZARD_RATIO) roles[c + 1] = ColumnRole.CI;
            }
        }
        if (glued != null) {
            fromData(table, glued.text(), roles);
            if (arms.isEmpty()) arms.addAll(ArmHeaders.glued(glued, roles));
        }
        WordyHeaders.apply(table, roles);
        return new HeaderMeaning(roles, arms);
    }

    /** The role a whole header cell names, or OTHER. */
    static ColumnRole roleOf(String h) {
        if (h.length() > 60) return ColumnRole.OTHER;
        if (HeaderTerms.P.matcher(h).matches()) return ColumnRole.P_VALUE;
        Matcher hr = HeaderTerms.HR.matcher(h);
        if (hr.matches()) return hr.group("ci") != null ? ColumnRole.HAZARD_RATIO_WITH_CI : ColumnRole.HAZARD_RATIO;
        if (HeaderTerms.CI.matcher(h).matches()) return ColumnRole.CI;
        if (HeaderTerms.COUNT.matcher(h).matches()) return ColumnRole.COUNT;
        if (HeaderTerms.MEDIAN.matcher(h).find()) return ColumnRole.MEDIAN;
        if (HeaderTerms.RATE.matcher(h).find()) return ColumnRole.RATE;
        return ColumnRole.OTHER;
    }

    /** True when {@code cell} is the only non-blank cell of its header row: a whole header glued into one cell, wherever the reader put it. */
    private static boolean onlyCell(TableRow row, TableCell cell) {
        for (TableCell other : row.cells()) if (other != cell && !other.isBlank()) return false;
        return true;
    }

    private static final Pattern OPENS_WITH_P_VALUE = Pattern.compile("[Pp]\\s{0,2}-?\\s{0,2}values?\\b.{1,60}");

    /** True when the lowest non-blank header cell over column {@code c} starts with {@code P value} / {@code p-value} and says more. */
    private static boolean opensWithPValue(Table table, int c) {
        for (int r = table.headerRows().size() - 1; r >= 0; r--) {
            TableCell cell = table.headerRows().get(r).at(c).orElse(null);
            if (cell == null || cell.isBlank()) continue;
            return cell.colspan() == 1 && OPENS_WITH_P_VALUE.matcher(cell.text().strip()).matches();
        }
        return false;
    }

    /** Every {@link HeaderTerms#P_TERM} match starts at a {@code P} or {@code p}. */
    private static final StartChars P_STARTS = StartChars.of("Pp");

    private static boolean hasTerms(String h) {
        // the regexes are tried only where their first letter is; HR_TERM needs "HR" or "azard"
        return new StartScan(HeaderTerms.P_TERM, h, P_STARTS, (s, i) -> true).find(0)
                || (h.contains("HR") || h.contains("azard")) && HeaderTerms.HR_TERM.matcher(h).find();
    }

    /** Roles from the data under a glued header. */
    private static void fromData(Table table, String header, ColumnRole[] roles) {
        int n = roles.length;
        boolean hrTerm = HeaderTerms.HR_TERM.matcher(header).find();
        if (hrTerm) {
            for (int c = 1; c < n; c++) {
                if (roles[c] != ColumnRole.OTHER) continue;
                if (column(table, c, CellValues::isHrWithCi)) roles[c] = ColumnRole.HAZARD_RATIO_WITH_CI;
                else if (c + 1 < n && column(table, c, CellValues::isEstimate) && column(table, c + 1, CellValues::isCi)) {
                    roles[c] = ColumnRole.HAZARD_RATIO;
                    roles[c + 1] = ColumnRole.CI;
                }
            }
        }
        int pTerms = 0;
        Matcher m = HeaderTerms.P_TERM.matcher(header);
        while (m.find()) pTerms++;
        if (pTerms == 0) return;
        List<Integer> pLike = new ArrayList<>();
        for (int c = 1; c < n; c++) {
            if (roles[c] == ColumnRole.OTHER && column(table, c, HeaderMeaning::pLike) && anyDecimal(table, c)) pLike.add(c);
        }
        if (pLike.size() > Math.max(2, pTerms)) pLike = pLike.subList(pLike.size() - pTerms, pLike.size());
        for (int c : pLike) roles[c] = ColumnRole.P_VALUE;
    }

    static boolean pLike(String s) {
        Matcher m = CellValues.pValue(s);
        if (m == null) m = CellValues.pValueBeforePair(s.strip());
        if (m == null) return false;
        double v = org.oncoev.extractors.pvalue.PValueSyntax.parseNumber(m.group("num"));
        return v >= 0 && v <= 1;
    }

    static boolean anyDecimal(Table table, int c) {
        for (TableRow r : table.bodyRows()) {
            TableCell cell = r.at(c).orElse(null);
            if (cell != null && cell.colspan() == 1 && (cell.text().contains(".") || cell.text().contains("<"))) return true;
        }
        return false;
    }

    /** True when column {@code c} has at least one body cell of its own and all of them (but empty marks) pass {@code test}. */
    static boolean column(Table table, int c, Predicate<String> test) {
        int seen = 0;
        for (TableRow r : table.bodyRows()) {
            TableCell cell = r.at(c).orElse(null);
            if (cell == null || cell.isBlank() || cell.column() == 0 || CellValues.isEmptyMark(cell.text())
                    || CellValues.REFERENCE.matcher(cell.text()).find()) continue;
            if (cell.colspan() > 1 || !test.test(cell.text())) return false;
            seen++;
        }
        return seen > 0;
    }

    /** The role of grid column {@code c} (OTHER beyond the grid). */
    public ColumnRole role(int c) {
        return c >= 0 && c < roles.length ? roles[c] : ColumnRole.OTHER;
    }

    /** The columns with {@code role}, left to right. */
    public List<Integer> columns(ColumnRole role) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < roles.length; c++) if (roles[c] == role) out.add(c);
        return out;
    }

    /** The arm columns (columns whose header holds an arm size, populations left out; see {@link ArmHeaders}), left to right. */
    public List<ArmColumn> arms() {
        return arms;
    }
}
